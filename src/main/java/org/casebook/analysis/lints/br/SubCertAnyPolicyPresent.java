package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_sub_cert_any_policy_present",
        description = "A subscriber certificate must not assert anyPolicy.",
        citation = "BRs: 7.1.2.7.9 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubCertAnyPolicyPresent extends BrProfileLint {

    public SubCertAnyPolicyPresent() {
        super(BrProfile.SUBSCRIBER);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.policyOids().contains(ANY_POLICY), metadata().severity(), "anyPolicy asserted");
    }
}
