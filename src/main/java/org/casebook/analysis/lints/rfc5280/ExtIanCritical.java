package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_ext_ian_critical",
        description = "The issuer alternative name extension should be non-critical.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = "1999-01-01")
public class ExtIanCritical extends ExtensionCriticalityLint {

    public ExtIanCritical() {
        super(Extension.issuerAlternativeName, "issuer alternative name", false);
    }
}
