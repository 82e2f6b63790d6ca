package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_street_address_max_length",
        description = "A subject streetAddress must not exceed 128 characters.",
        citation = "ITU-T X.520 (02/2001) UpperBounds (ub-street-address)", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectStreetAddressMaxLength extends SubjectAttributeLengthLint {

    public SubjectStreetAddressMaxLength() {
        super(Names.STREET, "streetAddress", 128);
    }
}
