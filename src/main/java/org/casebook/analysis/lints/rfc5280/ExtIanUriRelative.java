package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_ian_uri_relative",
        description = "A URI in the issuer alternative name must be absolute, not a relative reference.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtIanUriRelative extends AlternativeNameUriRelativeLint {

    public ExtIanUriRelative() {
        super(false);
    }
}
