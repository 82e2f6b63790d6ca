package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_organizational_unit_name_max_length",
        description = "A subject organizationalUnitName must not exceed 64 characters.",
        citation = "RFC 5280: A.1 (ub-organizational-unit-name)", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectOrganizationalUnitNameMaxLength extends SubjectAttributeLengthLint {

    public SubjectOrganizationalUnitNameMaxLength() {
        super(Names.ORGANIZATIONAL_UNIT, "organizationalUnitName", 64);
    }
}
