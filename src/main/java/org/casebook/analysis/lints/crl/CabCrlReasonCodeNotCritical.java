package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevocationExtension;
import org.casebook.analysis.revocation.RevokedEntry;

@LintSpec(code = "e_cab_crl_reason_code_not_critical", description = "The reasonCode CRL entry extension is not marked critical",
        citation = "BRs: 7.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class CabCrlReasonCodeNotCritical extends CrlLint {

    @Override
    protected boolean applies(CrlView crl) {
        return !crl.revokedCertificates().isEmpty();
    }

    @Override
    protected LintResult check(CrlView crl) {
        for (RevokedEntry entry : crl.revokedCertificates()) {
            for (RevocationExtension extension : entry.extensions()) {
                if (extension.oid().equals(CrlView.REASON_CODE) && extension.critical()) {
                    return LintResult.error("serial " + entry.serialNumber().toString(16) + ": the reasonCode extension is critical");
                }
            }
        }
        return LintResult.PASS;
    }
}
