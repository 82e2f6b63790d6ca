package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_ian_uri_not_ia5",
        description = "Every URI in the issuer alternative name must be an IA5String: 7-bit ASCII.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtIanUriNotIa5 extends AlternativeNameUriIa5Lint {

    public ExtIanUriNotIa5() {
        super(false);
    }
}
