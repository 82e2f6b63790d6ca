package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_root_ca_validity_too_short",
        description = "A root CA certificate must be valid for at least 2922 days (about 8 years).",
        citation = "BRs: 7.1.2.1.1 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class RootCaValidityTooShort extends BrProfileLint {

    private static final java.time.Duration MINIMUM = java.time.Duration.ofDays(2922);

    @Override
    protected java.util.Set<BrProfile> profiles() {
        return java.util.Set.of(BrProfile.ROOT_CA);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        java.time.Duration validity = certificate.validityPeriod();
        return LintResult.failIf(validity.compareTo(MINIMUM) < 0, metadata().severity(),
                "valid for " + validity.toDays() + " days, under 2922");
    }
}
