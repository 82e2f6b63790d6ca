package org.casebook.analysis.lints.apple;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.Validity;

@LintSpec(code = "w_tls_server_cert_valid_time_longer_than_397_days",
        description = "Apple recommends that TLS server certificates issued from 1 September 2020 on be valid for at most 397 days, "
                + "a day under its hard limit.",
        citation = "https://support.apple.com/en-us/HT211025", source = LintSource.APPLE, effective = LintDates.APPLE_398_DAYS)
public class TlsServerCertValidTimeLongerThan397Days extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isServerAuth() && !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (Validity.longerThanDays(certificate, 397)) {
            return LintResult.warn("valid for " + Validity.days(certificate) + " days (notBefore through notAfter), more than the recommended 397");
        }
        return LintResult.PASS;
    }
}
