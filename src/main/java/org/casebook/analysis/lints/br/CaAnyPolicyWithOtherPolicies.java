package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_ca_any_policy_with_other_policies",
        description = "A CA certificate that asserts anyPolicy must assert no other policy.",
        citation = "BRs: 7.1.2.10.5 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CaAnyPolicyWithOtherPolicies extends BrProfileLint {

    public CaAnyPolicyWithOtherPolicies() {
        super(CA_PROFILES);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        java.util.List<org.bouncycastle.asn1.ASN1ObjectIdentifier> policies = certificate.policyOids();
        return LintResult.failIf(policies.contains(ANY_POLICY) && policies.size() > 1, metadata().severity(),
                "anyPolicy beside " + (policies.size() - 1) + " other polic" + (policies.size() == 2 ? "y" : "ies"));
    }
}
