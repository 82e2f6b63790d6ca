package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.ValidityTimes;

@LintSpec(code = "e_wrong_time_format_pre2050",
        description = "Validity dates up to the end of 2049 must be encoded as UTCTime, not GeneralizedTime.",
        citation = "RFC 5280: 4.1.2.5", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class WrongTimeFormatPre2050 extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        for (ValidityTimes.EncodedTime time : ValidityTimes.of(certificate)) {
            if (time.isGeneralized() && (time.digits().length() >= 4 && time.year() < 2050)) {
                return LintResult.failIf(true, metadata().severity(), time.field() + " '" + time.text() + "' is a GeneralizedTime before 2050");
            }
        }
        return LintResult.PASS;
    }
}
