package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_postal_code_max_length",
        description = "A subject postalCode must not exceed 16 characters.",
        citation = "RFC 5280: A.1 (ub-postal-code)", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectPostalCodeMaxLength extends SubjectAttributeLengthLint {

    public SubjectPostalCodeMaxLength() {
        super(Names.POSTAL_CODE, "postalCode", 16);
    }
}
