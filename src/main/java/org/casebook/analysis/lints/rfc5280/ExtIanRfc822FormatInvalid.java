package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_ian_rfc822_format_invalid",
        description = "Every rfc822Name in the issuer alternative name must be a valid Internet mail address.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtIanRfc822FormatInvalid extends AlternativeNameRfc822FormatLint {

    public ExtIanRfc822FormatInvalid() {
        super(false);
    }
}
