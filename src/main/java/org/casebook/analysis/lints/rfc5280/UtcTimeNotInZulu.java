package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ValidityTimes;

@LintSpec(code = "e_utc_time_not_in_zulu",
        description = "A UTCTime validity date must be expressed in Greenwich Mean Time, ending in Z.",
        citation = "RFC 5280: 4.1.2.5.1", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class UtcTimeNotInZulu extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return ValidityTimes.anyUtc(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (ValidityTimes.EncodedTime time : ValidityTimes.of(certificate)) {
            if (time.isUtc() && (!time.endsInZulu())) {
                return LintResult.failIf(true, metadata().severity(), time.field() + " '" + time.text() + "' is not in Zulu time");
            }
        }
        return LintResult.PASS;
    }
}
