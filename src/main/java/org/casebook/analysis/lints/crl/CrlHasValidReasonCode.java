package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_crl_has_valid_reason_code", description = "A CRL entry reasonCode is a CRLReason RFC 5280 defines (not 7, not above 10); unspecified (0) is a warning",
        citation = "RFC 5280: 5.3.1", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CrlHasValidReasonCode extends CrlLint {

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
                // RFC 5280 5.3.1: the extension SHOULD be absent rather than say unspecified; a warning, as in zlint
                return LintResult.warn("serial " + entry.serialNumber().toString(16) + ": reasonCode unspecified (0)");
            }
            if (reason == 7 || reason > 10) {
                return LintResult.error("serial " + entry.serialNumber().toString(16) + ": reasonCode " + reason + " is not a CRLReason");
            }
        }
        return LintResult.PASS;
    }
}
