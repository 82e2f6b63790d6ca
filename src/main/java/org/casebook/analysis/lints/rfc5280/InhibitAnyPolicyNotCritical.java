package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_inhibit_any_policy_not_critical",
        description = "An inhibit anyPolicy extension must be marked critical.",
        citation = "RFC 5280: 4.2.1.14", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class InhibitAnyPolicyNotCritical extends ExtensionCriticalityLint {

    public InhibitAnyPolicyNotCritical() {
        super(Extension.inhibitAnyPolicy, "inhibit anyPolicy", true);
    }
}
