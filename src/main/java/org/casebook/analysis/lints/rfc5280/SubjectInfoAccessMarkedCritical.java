package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_subject_info_access_marked_critical",
        description = "The subject information access extension must be non-critical.",
        citation = "RFC 5280: 4.2.2.2", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class SubjectInfoAccessMarkedCritical extends ExtensionCriticalityLint {

    public SubjectInfoAccessMarkedCritical() {
        super(Extension.subjectInfoAccess, "subject information access", false);
    }
}
