package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_dn_serial_number_max_length",
        description = "A subject serialNumber attribute must not exceed 64 characters.",
        citation = "RFC 5280: A.1 (ub-serial-number)", source = LintSource.RFC5280)
public class SubjectDnSerialNumberMaxLength extends SubjectAttributeLengthLint {

    public SubjectDnSerialNumberMaxLength() {
        super(Names.SERIAL_NUMBER, "serialNumber", 64);
    }
}
