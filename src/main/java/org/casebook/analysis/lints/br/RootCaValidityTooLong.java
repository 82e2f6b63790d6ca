package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_root_ca_validity_too_long",
        description = "A root CA certificate must be valid for at most 9132 days (about 25 years).",
        citation = "BRs: 7.1.2.1.1 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class RootCaValidityTooLong extends BrProfileLint {

    private static final java.time.Duration MAXIMUM = java.time.Duration.ofDays(9132);

    @Override
    protected java.util.Set<BrProfile> profiles() {
        return java.util.Set.of(BrProfile.ROOT_CA);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        java.time.Duration validity = certificate.validityPeriod();
        return LintResult.failIf(validity.compareTo(MAXIMUM) > 0, metadata().severity(),
                "valid for " + validity.toDays() + " days, over 9132");
    }
}
