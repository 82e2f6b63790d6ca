package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ValidityTimes;

@LintSpec(code = "e_generalized_time_includes_fraction_seconds",
        description = "A GeneralizedTime validity date must not include fractional seconds.",
        citation = "RFC 5280: 4.1.2.5.2", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class GeneralizedTimeIncludesFractionSeconds extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return ValidityTimes.anyGeneralized(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (ValidityTimes.EncodedTime time : ValidityTimes.of(certificate)) {
            if (time.isGeneralized() && (time.text().contains(".") || time.text().contains(","))) {
                return LintResult.failIf(true, metadata().severity(), time.field() + " '" + time.text() + "' has fractional seconds");
            }
        }
        return LintResult.PASS;
    }
}
