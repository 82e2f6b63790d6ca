package org.casebook.analysis.lints.community;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_san_dns_name_starts_with_period",
        description = "A subject alternative name dNSName must not begin with a period.",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class SanDnsNameStartsWithPeriod extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            if (name.startsWith(".")) {
                return LintResult.error("dNSName '" + name + "' begins with a period");
            }
        }
        return LintResult.PASS;
    }
}
