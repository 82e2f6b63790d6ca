package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_san_uri_not_ia5",
        description = "Every URI in the subject alternative name must be an IA5String: 7-bit ASCII.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtSanUriNotIa5 extends AlternativeNameUriIa5Lint {

    public ExtSanUriNotIa5() {
        super(true);
    }
}
