package org.casebook.analysis.lints.apple;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.Validity;

@LintSpec(code = "e_tls_server_cert_valid_time_longer_than_398_days",
        description = "Apple platforms refuse TLS server certificates issued from 1 September 2020 on that are valid for more than 398 days.",
        citation = "https://support.apple.com/en-us/HT211025", source = LintSource.APPLE, effective = LintDates.APPLE_398_DAYS)
public class TlsServerCertValidTimeLongerThan398Days extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isServerAuth() && !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (Validity.longerThanDays(certificate, 398)) {
            return LintResult.error("valid for " + Validity.days(certificate) + " days (notBefore through notAfter), more than 398");
        }
        return LintResult.PASS;
    }
}
