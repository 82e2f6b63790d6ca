package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_san_uri_relative",
        description = "A URI in the subject alternative name must be absolute, not a relative reference.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtSanUriRelative extends AlternativeNameUriRelativeLint {

    public ExtSanUriRelative() {
        super(true);
    }
}
