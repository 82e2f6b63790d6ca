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
import org.casebook.analysis.lints.support.PolicyMappings;

@LintSpec(code = "w_ext_policy_map_not_in_cert_policy",
        description = "Each issuerDomainPolicy in the policy mappings should also be asserted in the certificate policies extension.",
        citation = "RFC 5280: 4.2.1.5", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class ExtPolicyMapNotInCertPolicy extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.policyMappings);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<PolicyMappings.Mapping> mappings = PolicyMappings.of(certificate);
        if (mappings == null) {
            return LintResult.NOT_APPLICABLE;
        }
        List<CertificatePolicies.Policy> policies = CertificatePolicies.of(certificate);
        java.util.Set<Object> asserted = new java.util.HashSet<>();
        if (policies != null) {
            policies.forEach(p -> asserted.add(p.id()));
        }
        for (PolicyMappings.Mapping mapping : mappings) {
            if (!asserted.contains(mapping.issuerDomainPolicy())) {
                return LintResult.warn("issuerDomainPolicy " + mapping.issuerDomainPolicy() + " is not among the certificate policies");
            }
        }
        return LintResult.PASS;
    }
}
