package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_ext_policy_map_not_critical",
        description = "A policy mappings extension should be marked critical.",
        citation = "RFC 5280: 4.2.1.5", source = LintSource.RFC5280, effective = "1999-01-01")
public class ExtPolicyMapNotCritical extends ExtensionCriticalityLint {

    public ExtPolicyMapNotCritical() {
        super(Extension.policyMappings, "policy mappings", true);
    }
}
