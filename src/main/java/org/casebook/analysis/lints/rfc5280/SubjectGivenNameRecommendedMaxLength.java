package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "w_subject_given_name_recommended_max_length",
        description = "For compatibility with software built to older upper bounds, a subject givenName should not exceed 64 characters.",
        citation = "ITU-T X.411 (11/1988) Annex B", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectGivenNameRecommendedMaxLength extends SubjectAttributeLengthLint {

    public SubjectGivenNameRecommendedMaxLength() {
        super(Names.GIVEN_NAME, "givenName", 64);
    }
}
