package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CabfPolicies;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_sub_cert_multiple_reserved_policy_oids",
        description = "A subscriber certificate must name exactly one reserved CA/Browser Forum policy identifier, not several.",
        citation = "BRs: 7.1.2.7.9 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubCertMultipleReservedPolicyOids extends BrProfileLint {

    public SubCertMultipleReservedPolicyOids() {
        super(BrProfile.SUBSCRIBER);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        long reserved = certificate.policyOids().stream().filter(CabfPolicies.RESERVED::contains).count();
        return LintResult.failIf(reserved > 1, metadata().severity(), reserved + " reserved CA/Browser Forum policy identifiers");
    }
}
