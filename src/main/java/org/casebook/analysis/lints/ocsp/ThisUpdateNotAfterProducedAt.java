package org.casebook.analysis.lints.ocsp;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.OcspResponseLint;
import org.casebook.analysis.revocation.OcspResponseView;

@LintSpec(code = "e_this_update_not_after_produced_at", description = "An OCSP response's thisUpdate is not later than its producedAt",
        citation = "RFC 6960: 2.4", source = LintSource.RFC_OTHER, effective = LintDates.RFC_6960_PUBLISHED)
public class ThisUpdateNotAfterProducedAt extends OcspResponseLint {

    @Override
    protected LintResult check(OcspResponseView response) {
        // zlint reads the first single response, the one Go's ocsp.ParseResponse returns
        OcspResponseView.SingleResponse single = response.firstResponse().orElseThrow();
        return LintResult.failIf(single.thisUpdate().isAfter(response.producedAt()), metadata().severity(),
                "thisUpdate " + single.thisUpdate() + " is after producedAt " + response.producedAt());
    }
}
