package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_subject_key_identifier_critical",
        description = "The subject key identifier extension must be non-critical.",
        citation = "RFC 5280: 4.2.1.2", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSubjectKeyIdentifierCritical extends ExtensionCriticalityLint {

    public ExtSubjectKeyIdentifierCritical() {
        super(Extension.subjectKeyIdentifier, "subject key identifier", false);
    }
}
