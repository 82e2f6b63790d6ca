package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_ext_policy_map_not_critical",
        description = "A policy mappings extension should be marked critical.",
        citation = "RFC 5280: 4.2.1.5", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtPolicyMapNotCritical extends ExtensionCriticalityLint {

    public ExtPolicyMapNotCritical() {
        super(Extension.policyMappings, "policy mappings", true);
    }
}
