package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_ext_ian_critical",
        description = "The issuer alternative name extension should be non-critical.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtIanCritical extends ExtensionCriticalityLint {

    public ExtIanCritical() {
        super(Extension.issuerAlternativeName, "issuer alternative name", false);
    }
}
