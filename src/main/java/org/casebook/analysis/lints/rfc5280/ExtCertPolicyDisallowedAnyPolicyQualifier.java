package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificatePolicies;

@LintSpec(code = "e_ext_cert_policy_disallowed_any_policy_qualifier",
        description = "Qualifiers on anyPolicy are limited to the CPS pointer and the user notice.",
        citation = "RFC 5280: 4.2.1.4", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class ExtCertPolicyDisallowedAnyPolicyQualifier extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return hasAnyPolicy(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (CertificatePolicies.Policy policy : CertificatePolicies.of(certificate)) {
            if (!policy.id().equals(CertificatePolicies.ANY_POLICY)) {
                continue;
            }
            for (CertificatePolicies.Qualifier qualifier : policy.qualifiers()) {
                if (!qualifier.id().equals(CertificatePolicies.CPS_QUALIFIER) && !qualifier.id().equals(CertificatePolicies.USER_NOTICE_QUALIFIER)) {
                    return LintResult.error("anyPolicy carries qualifier " + qualifier.id());
                }
            }
        }
        return LintResult.PASS;
    }

    private static boolean hasAnyPolicy(CertificateView certificate) {
        List<CertificatePolicies.Policy> policies = CertificatePolicies.of(certificate);
        if (policies != null) {
            for (CertificatePolicies.Policy policy : policies) {
                if (policy.id().equals(CertificatePolicies.ANY_POLICY)) {
                    return true;
                }
            }
        }
        return false;
    }
}
