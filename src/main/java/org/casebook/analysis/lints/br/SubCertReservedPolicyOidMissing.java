package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CabfPolicies;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_sub_cert_reserved_policy_oid_missing",
        description = "A subscriber certificate must name one of the CA/Browser Forum's reserved policy identifiers (DV, OV, IV or EV).",
        citation = "BRs: 7.1.2.7.9 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubCertReservedPolicyOidMissing extends BrProfileLint {

    public SubCertReservedPolicyOidMissing() {
        super(BrProfile.SUBSCRIBER);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.policyOids().stream().noneMatch(CabfPolicies.RESERVED::contains),
                metadata().severity(), "no reserved CA/Browser Forum policy identifier");
    }
}
