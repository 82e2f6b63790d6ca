package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.PublicSuffixRules;

@LintSpec(code = "n_dnsname_wildcard_left_of_public_suffix",
        description = "A wildcard directly left of a public suffix (such as *.co.uk) would cover names the applicant cannot control; the CA must have a procedure to refuse it.",
        citation = "BRs: 3.2.2.6", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class DnsnameWildcardLeftOfPublicSuffix extends PublicSuffixSplitLint {

    @Override
    protected LintResult check(String name, PublicSuffixRules.SplitName split) {
        return split.registrable().equals("*")
                ? LintResult.notice("'" + name + "' puts a wildcard directly left of the public suffix " + split.suffix())
                : LintResult.PASS;
    }
}
