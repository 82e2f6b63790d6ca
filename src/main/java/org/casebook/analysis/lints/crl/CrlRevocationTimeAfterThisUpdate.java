package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_crl_revocation_time_after_this_update", description = "No CRL entry is revoked after the thisUpdate of its CRL",
        citation = "RFC 5280: 5.1.2.4, 5.1.2.6", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CrlRevocationTimeAfterThisUpdate extends RevokedEntryLint {

    @Override
    protected LintResult checkEntry(CrlView crl, RevokedEntry entry) {
        return LintResult.failIf(entry.revocationDate().isAfter(crl.thisUpdate()), metadata().severity(),
                serial(entry) + " revoked on " + entry.revocationDate() + ", after thisUpdate " + crl.thisUpdate());
    }
}
