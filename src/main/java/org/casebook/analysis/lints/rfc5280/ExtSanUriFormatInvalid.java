package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_san_uri_format_invalid",
        description = "Every URI in the subject alternative name must parse and have both a scheme and a scheme-specific part.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtSanUriFormatInvalid extends AlternativeNameUriFormatLint {

    public ExtSanUriFormatInvalid() {
        super(true);
    }
}
