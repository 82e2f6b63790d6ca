package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_san_empty_name",
        description = "No entry of the subject alternative name may be empty, even where the type would allow an empty string.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSanEmptyName extends AlternativeNameNotEmptyLint {

    public ExtSanEmptyName() {
        super(true);
    }
}
