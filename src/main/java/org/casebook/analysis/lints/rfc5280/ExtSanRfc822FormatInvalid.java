package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_san_rfc822_format_invalid",
        description = "Every rfc822Name in the subject alternative name must be a valid Internet mail address.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSanRfc822FormatInvalid extends AlternativeNameRfc822FormatLint {

    public ExtSanRfc822FormatInvalid() {
        super(true);
    }
}
