package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_ian_uri_format_invalid",
        description = "Every URI in the issuer alternative name must parse and have both a scheme and a scheme-specific part.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtIanUriFormatInvalid extends AlternativeNameUriFormatLint {

    public ExtIanUriFormatInvalid() {
        super(false);
    }
}
