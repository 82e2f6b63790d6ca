package org.casebook.analysis.lints.crl;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;

@LintSpec(code = "e_crl_has_next_update", description = "A CRL has a nextUpdate",
        citation = "RFC 5280: 5.1.2.5", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CrlHasNextUpdate extends CrlLint {

    @Override
    protected LintResult check(CrlView crl) {
        return LintResult.failIf(crl.nextUpdate().isEmpty(), metadata().severity(), "the CRL has no nextUpdate");
    }
}
