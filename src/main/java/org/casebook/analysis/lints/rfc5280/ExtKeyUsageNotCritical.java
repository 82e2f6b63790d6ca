package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_ext_key_usage_not_critical",
        description = "A key usage extension should be marked critical.",
        citation = "RFC 5280: 4.2.1.3", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtKeyUsageNotCritical extends ExtensionCriticalityLint {

    public ExtKeyUsageNotCritical() {
        super(Extension.keyUsage, "key usage", true);
    }
}
