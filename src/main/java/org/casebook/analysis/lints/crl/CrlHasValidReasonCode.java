package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_crl_has_valid_reason_code", description = "A CRL entry reasonCode is a CRLReason RFC 5280 defines (not 7, not above 10); unspecified (0) is a warning",
        citation = "RFC 5280: 5.3.1", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CrlHasValidReasonCode extends RevokedEntryLint {

    @Override
    protected LintResult checkEntry(CrlView crl, RevokedEntry entry) {
        Integer reason = entry.reasonCode();
        if (reason != null && reason == 0) {
            // RFC 5280 5.3.1: the extension SHOULD be absent rather than say unspecified; a warning, as in zlint
            return LintResult.warn(serial(entry) + ": reasonCode unspecified (0)");
        }
        return LintResult.failIf(reason != null && (reason == 7 || reason > 10), metadata().severity(),
                serial(entry) + ": reasonCode " + reason + " is not a CRLReason");
    }
}
