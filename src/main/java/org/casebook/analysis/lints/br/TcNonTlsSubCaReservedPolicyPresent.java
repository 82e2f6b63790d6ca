package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsPolicies;

/**
 * A CA that cannot issue TLS certificates must not claim the TLS validation types: its policy-restricted form lists
 * the Reserved Certificate Policy Identifiers (7.1.6.1: DV, OV, IV, EV) as MUST NOT. Other CA/Browser Forum policies
 * (the S/MIME ones under 2.23.140.1.5, code signing under 2.23.140.1.4) are not among them.
 */
@LintSpec(code = "e_tc_non_tls_sub_ca_reserved_policy_present",
        description = "A technically constrained non-TLS subordinate CA must not assert a TLS Reserved Certificate Policy Identifier (2.23.140.1.2.1, .2.2, .2.3 or 2.23.140.1.1).",
        citation = "BRs: 7.1.2.3.2, 7.1.6.1 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class TcNonTlsSubCaReservedPolicyPresent extends BrProfileLint {

    public TcNonTlsSubCaReservedPolicyPresent() {
        super(BrProfile.TECHNICALLY_CONSTRAINED_NON_TLS_SUBORDINATE_CA);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (ASN1ObjectIdentifier policy : certificate.policyOids()) {
            if (TlsPolicies.RESERVED.contains(policy)) {
                return LintResult.error("non-TLS CA asserts the TLS reserved policy " + policy.getId());
            }
        }
        return LintResult.PASS;
    }
}
