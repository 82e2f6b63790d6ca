package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.Validity;

// zlint dates this rule 2016-07-02; the BRs (1.1 section 9.4, later 6.3.2) set 39 months for
// certificates issued after 1 April 2015, which is what catches WoSign's four-year 2015 certificates.
@LintSpec(code = "e_sub_cert_valid_time_longer_than_39_months",
        description = "A subscriber certificate issued from 1 April 2015 on may be valid for at most 39 months.",
        citation = "BRs: 6.3.2 (BRs 1.1: 9.4)", source = LintSource.CABF_BR, effective = LintDates.BR_39_MONTHS)
public class SubCertValidTimeLongerThan39Months extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isZlintSubscriber();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (Validity.addDate(certificate.notBefore(), 39, 0).isBefore(certificate.notAfter())) {
            return LintResult.error("valid from " + certificate.notBefore() + " to " + certificate.notAfter()
                    + " (" + Validity.days(certificate) + " days), more than 39 months");
        }
        return LintResult.PASS;
    }
}
