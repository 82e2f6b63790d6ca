package org.casebook.analysis.lints.community;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_ian_iana_pub_suffix_empty",
        description = "An issuer alternative name dNSName with fewer than three labels (such as *.com) may be no more than a public suffix; certlint's rough test, kept as zlint has it.",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class IanIanaPubSuffixEmpty extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.issuerAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : TlsCertificateFacts.issuerAltDnsNames(certificate)) {
            if (name.split("\\.", -1).length < 3) {
                return LintResult.warn("dNSName '" + name + "' has fewer than three labels");
            }
        }
        return LintResult.PASS;
    }
}
