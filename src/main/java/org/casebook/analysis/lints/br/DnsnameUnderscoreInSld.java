package org.casebook.analysis.lints.br;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_dnsname_underscore_in_sld",
        description = "The label registered under the public suffix (the second-level domain) must not contain an underscore.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.RFC_5280_PUBLISHED)
public class DnsnameUnderscoreInSld extends SecondLevelLabelLint {

    @Override
    protected LintResult check(String name, String sld) {
        return sld.contains("_")
                ? LintResult.error("the registered label of '" + name + "' contains an underscore")
                : LintResult.PASS;
    }
}
