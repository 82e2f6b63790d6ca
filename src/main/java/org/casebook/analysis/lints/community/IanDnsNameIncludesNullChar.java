package org.casebook.analysis.lints.community;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ian_dns_name_includes_null_char",
        description = "A issuer alternative name dNSName must not contain a NUL character.",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class IanDnsNameIncludesNullChar extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.issuerAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : TlsCertificateFacts.issuerAltDnsNames(certificate)) {
            if (name.indexOf('\u0000') >= 0) {
                return LintResult.error("a dNSName contains a NUL character");
            }
        }
        return LintResult.PASS;
    }
}
