package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_policy_constraints_not_critical",
        description = "A policy constraints extension must be marked critical.",
        citation = "RFC 5280: 4.2.1.11", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtPolicyConstraintsNotCritical extends ExtensionCriticalityLint {

    public ExtPolicyConstraintsNotCritical() {
        super(Extension.policyConstraints, "policy constraints", true);
    }
}
