package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_name_constraints_not_critical",
        description = "A name constraints extension must be marked critical so that relying parties that cannot apply it reject the certificate.",
        citation = "RFC 5280: 4.2.1.10", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtNameConstraintsNotCritical extends ExtensionCriticalityLint {

    public ExtNameConstraintsNotCritical() {
        super(Extension.nameConstraints, "name constraints", true);
    }
}
