package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_organization_name_max_length",
        description = "A subject organizationName must not exceed 64 characters.",
        citation = "RFC 5280: A.1 (ub-organization-name)", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectOrganizationNameMaxLength extends SubjectAttributeLengthLint {

    public SubjectOrganizationNameMaxLength() {
        super(Names.ORGANIZATION, "organizationName", 64);
    }
}
