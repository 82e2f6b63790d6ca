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

@LintSpec(code = "e_ext_policy_map_any_policy",
        description = "anyPolicy must not be mapped to or from another policy.",
        citation = "RFC 5280: 4.2.1.5", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class ExtPolicyMapAnyPolicy extends CertificateLint {

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
        for (PolicyMappings.Mapping mapping : mappings) {
            if (mapping.issuerDomainPolicy().equals(CertificatePolicies.ANY_POLICY) || mapping.subjectDomainPolicy().equals(CertificatePolicies.ANY_POLICY)) {
                return LintResult.error("a policy mapping involves anyPolicy");
            }
        }
        return LintResult.PASS;
    }
}
