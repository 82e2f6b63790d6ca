package org.casebook.analysis.lints.community;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_san_wildcard_not_first",
        description = "A wildcard in a subject alternative name dNSName may only be its first character.",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class SanWildcardNotFirst extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            if (name.indexOf('*', 1) > 0) {
                return LintResult.error("dNSName '" + name + "' has a wildcard after its first character");
            }
        }
        return LintResult.PASS;
    }
}
