package org.casebook.analysis.lints.br;

import java.time.Duration;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
/** BRs 7.1.2.1.1: a root CA certificate's validity period lies between a minimum and a maximum number of days. */
abstract class RootCaValidityBound extends BrProfileLint {

    private final long days;
    private final boolean maximum;

    /** {@code maximum}: the validity may not exceed {@code days}; else it may not fall short of them. */
    protected RootCaValidityBound(long days, boolean maximum) {
        super(BrProfile.ROOT_CA);
        this.days = days;
        this.maximum = maximum;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        Duration validity = certificate.validityPeriod();
        int comparison = validity.compareTo(Duration.ofDays(days));
        boolean broken = maximum ? comparison > 0 : comparison < 0;
        return LintResult.failIf(broken, metadata().severity(),
                "valid for " + validity.toDays() + " days, " + (maximum ? "over " : "under ") + days);
    }
}
