package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_surname_max_length",
        description = "A subject surname must not exceed 32768 characters.",
        citation = "RFC 5280: A.1 (ub-name)", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectSurnameMaxLength extends SubjectAttributeLengthLint {

    public SubjectSurnameMaxLength() {
        super(Names.SURNAME, "surname", 32768);
    }
}
