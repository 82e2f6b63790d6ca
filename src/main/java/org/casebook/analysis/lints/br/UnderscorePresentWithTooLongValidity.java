package org.casebook.analysis.lints.br;

import java.time.Duration;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_underscore_present_with_too_long_validity",
        description = "Between 2018-12-10 and 2019-04-01, a certificate with an underscore in a dNSName had to be valid for less than 30 days; this judges the longer-lived ones.",
        citation = "BR 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_6_2, ineffective = LintDates.BR_UNDERSCORE_SUNSET)
public class UnderscorePresentWithTooLongValidity extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        boolean longLived = !certificate.notBefore().plus(Duration.ofDays(30)).isAfter(certificate.notAfter());
        return longLived && TlsCertificateFacts.hasDnsNames(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : certificate.dnsNames()) {
            if (name.contains("_")) {
                return LintResult.error("dNSName '" + name + "' has an underscore in a certificate valid for 30 days or more");
            }
        }
        return LintResult.PASS;
    }
}
