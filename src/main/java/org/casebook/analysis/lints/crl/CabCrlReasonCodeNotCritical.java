package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_cab_crl_reason_code_not_critical", description = "The reasonCode CRL entry extension is not marked critical",
        citation = "BRs: 7.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class CabCrlReasonCodeNotCritical extends RevokedEntryLint {

    @Override
    protected LintResult checkEntry(CrlView crl, RevokedEntry entry) {
        boolean critical = entry.extensions().stream().anyMatch(e -> e.oid().equals(CrlView.REASON_CODE) && e.critical());
        return LintResult.failIf(critical, metadata().severity(), serial(entry) + ": the reasonCode extension is critical");
    }
}
