package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ValidityTimes;

@LintSpec(code = "e_utc_time_does_not_include_seconds",
        description = "A UTCTime validity date must include seconds (YYMMDDHHMMSSZ).",
        citation = "RFC 5280: 4.1.2.5.1", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class UtcTimeDoesNotIncludeSeconds extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return ValidityTimes.anyUtc(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (ValidityTimes.EncodedTime time : ValidityTimes.of(certificate)) {
            if (time.isUtc() && (time.digits().length() != 12)) {
                return LintResult.failIf(true, metadata().severity(), time.field() + " '" + time.text() + "' has no seconds");
            }
        }
        return LintResult.PASS;
    }
}
