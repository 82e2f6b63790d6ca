package org.casebook.analysis.lints.crl;

import java.util.Set;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_cab_crl_has_valid_reason_code", description = "A CRL entry's reasonCode, when present, is one the Baseline Requirements allow (1, 3, 4, 5 or 9), never unspecified (0)",
        citation = "BRs: 7.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_8_7)
public class CabCrlHasValidReasonCode extends CrlLint {

    // BR 7.2.2: keyCompromise, affiliationChanged, superseded, cessationOfOperation, privilegeWithdrawn
    private static final Set<Integer> ALLOWED = Set.of(1, 3, 4, 5, 9);

    @Override
    protected boolean applies(CrlView crl) {
        return !crl.revokedCertificates().isEmpty();
    }

    @Override
    protected LintResult check(CrlView crl) {
        for (RevokedEntry entry : crl.revokedCertificates()) {
            Integer reason = entry.reasonCode();
            if (reason == null) {
                continue;
            }
            if (reason == 0) {
                return LintResult.error("serial " + entry.serialNumber().toString(16) + ": reasonCode unspecified (0); the extension should be left out instead");
            }
            if (!ALLOWED.contains(reason)) {
                return LintResult.error("serial " + entry.serialNumber().toString(16) + ": reasonCode " + reason + " is not one BR 7.2.2 allows");
            }
        }
        return LintResult.PASS;
    }
}
