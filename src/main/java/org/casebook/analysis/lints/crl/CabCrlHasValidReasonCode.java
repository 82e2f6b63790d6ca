package org.casebook.analysis.lints.crl;

import java.util.Set;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_cab_crl_has_valid_reason_code", description = "A CRL entry's reasonCode, when present, is one the Baseline Requirements allow (1, 3, 4, 5 or 9), never unspecified (0)",
        citation = "BRs: 7.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_8_7)
public class CabCrlHasValidReasonCode extends RevokedEntryLint {

    // BR 7.2.2: keyCompromise, affiliationChanged, superseded, cessationOfOperation, privilegeWithdrawn
    private static final Set<Integer> ALLOWED = Set.of(1, 3, 4, 5, 9);

    @Override
    protected LintResult checkEntry(CrlView crl, RevokedEntry entry) {
        Integer reason = entry.reasonCode();
        if (reason != null && reason == 0) {
            return LintResult.error(serial(entry) + ": reasonCode unspecified (0); the extension should be left out instead");
        }
        return LintResult.failIf(reason != null && !ALLOWED.contains(reason), metadata().severity(),
                serial(entry) + ": reasonCode " + reason + " is not one BR 7.2.2 allows");
    }
}
