package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_root_ca_validity_too_long",
        description = "A root CA certificate must be valid for at most 9132 days (about 25 years).",
        citation = "BRs: 7.1.2.1.1 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class RootCaValidityTooLong extends RootCaValidityBound {

    public RootCaValidityTooLong() {
        super(9132, true);
    }
}
