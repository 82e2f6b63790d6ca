package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.Validity;

@LintSpec(code = "e_sub_cert_valid_time_longer_than_825_days",
        description = "A subscriber certificate issued after 1 March 2018 may be valid for at most 825 days.",
        citation = "BRs: 6.3.2", source = LintSource.CABF_BR, effective = LintDates.BR_825_DAYS)
public class SubCertValidTimeLongerThan825Days extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isZlintSubscriber();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (Validity.addDate(certificate.notBefore(), 0, 825).isBefore(certificate.notAfter())) {
            return LintResult.error("valid for " + Validity.days(certificate) + " days, more than 825");
        }
        return LintResult.PASS;
    }
}
