package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_locality_name_max_length",
        description = "A subject localityName must not exceed 128 characters.",
        citation = "RFC 5280: A.1 (ub-locality-name)", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectLocalityNameMaxLength extends SubjectAttributeLengthLint {

    public SubjectLocalityNameMaxLength() {
        super(Names.LOCALITY, "localityName", 128);
    }
}
