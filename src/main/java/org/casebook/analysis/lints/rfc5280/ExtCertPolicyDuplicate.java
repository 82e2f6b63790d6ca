package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificatePolicies;

@LintSpec(code = "e_ext_cert_policy_duplicate",
        description = "A policy identifier must not appear more than once in the certificate policies extension.",
        citation = "RFC 5280: 4.2.1.4", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtCertPolicyDuplicate extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.certificatePolicies);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<CertificatePolicies.Policy> policies = CertificatePolicies.of(certificate);
        if (policies == null) {
            return LintResult.NOT_APPLICABLE;
        }
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (CertificatePolicies.Policy policy : policies) {
            if (!seen.add(policy.id())) {
                return LintResult.error("policy " + policy.id() + " appears more than once");
            }
        }
        return LintResult.PASS;
    }
}
