package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.PolicyQualifiers;
import org.casebook.analysis.lints.support.TlsPolicies;

@LintSpec(code = "e_policy_qualifiers_other_than_cps_not_permitted",
        description = "From 2023-09-15 the only policy qualifier allowed is the CPS pointer (no user notices or others).",
        citation = "BRs: 7.1.2.7.9", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class PolicyQualifiersOtherThanCpsNotPermitted extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.certificatePolicies);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (PolicyQualifiers.Qualifier qualifier : PolicyQualifiers.of(certificate)) {
            if (!qualifier.id().equals(TlsPolicies.CPS_QUALIFIER)) {
                return LintResult.error("policy qualifier " + qualifier.id().getId() + " is not a CPS pointer");
            }
        }
        return LintResult.PASS;
    }
}
