package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_email_max_length",
        description = "A subject emailAddress must not exceed 255 characters.",
        citation = "RFC 5280: A.1 (ub-emailaddress-length)", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectEmailMaxLength extends SubjectAttributeLengthLint {

    public SubjectEmailMaxLength() {
        super(Names.EMAIL_ADDRESS, "emailAddress", 255);
    }
}
