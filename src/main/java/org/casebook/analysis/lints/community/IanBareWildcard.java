package org.casebook.analysis.lints.community;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ian_bare_wildcard",
        description = "A wildcard in a issuer alternative name dNSName must have labels to its right; a name ending in '*' is a bare wildcard.",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class IanBareWildcard extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.issuerAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : TlsCertificateFacts.issuerAltDnsNames(certificate)) {
            if (name.endsWith("*")) {
                return LintResult.error("dNSName '" + name + "' ends in a bare wildcard");
            }
        }
        return LintResult.PASS;
    }
}
