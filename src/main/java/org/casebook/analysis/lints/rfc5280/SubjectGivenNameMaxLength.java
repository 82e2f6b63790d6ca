package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_given_name_max_length",
        description = "A subject givenName must not exceed 32768 characters.",
        citation = "RFC 5280: A.1 (ub-name)", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectGivenNameMaxLength extends SubjectAttributeLengthLint {

    public SubjectGivenNameMaxLength() {
        super(Names.GIVEN_NAME, "givenName", 32768);
    }
}
