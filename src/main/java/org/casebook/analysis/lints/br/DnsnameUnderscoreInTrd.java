package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.PublicSuffixRules;

@LintSpec(code = "w_dnsname_underscore_in_trd",
        description = "The labels below the registrable domain of a subscriber certificate's DNS names should not contain underscores.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.RFC_5280_PUBLISHED)
public class DnsnameUnderscoreInTrd extends PublicSuffixSplitLint {

    @Override
    protected LintResult check(String name, PublicSuffixRules.SplitName split) {
        return split.subdomain().contains("_")
                ? LintResult.warn("'" + name + "' has an underscore below its registrable domain")
                : LintResult.PASS;
    }
}
