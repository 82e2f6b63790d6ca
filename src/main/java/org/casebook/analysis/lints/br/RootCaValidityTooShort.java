package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_root_ca_validity_too_short",
        description = "A root CA certificate must be valid for at least 2922 days (about 8 years).",
        citation = "BRs: 7.1.2.1.1 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class RootCaValidityTooShort extends RootCaValidityBound {

    public RootCaValidityTooShort() {
        super(2922, false);
    }
}
