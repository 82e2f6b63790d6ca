package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_serial_number_not_positive",
        description = "The serial number must be a positive integer: neither zero nor negative.",
        citation = "RFC 5280: 4.1.2.2", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class SerialNumberNotPositive extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        int sign = certificate.serial().signum();
        if (sign > 0) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "the serial number is " + (sign == 0 ? "zero" : "negative"));
    }
}
