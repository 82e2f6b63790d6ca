package org.casebook.analysis.lints.br;

import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.TlsPolicies;

@LintSpec(code = "e_invalid_ca_certificate_policies",
        description = "A subordinate CA certificate needs certificatePolicies: either anyPolicy alone, or policies that include a CA/B Forum reserved one and not anyPolicy.",
        citation = "BRs: 7.1.2.10.5", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class InvalidCaCertificatePolicies extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return CertificateRoles.isSubordinateCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (!certificate.hasExtension(Extension.certificatePolicies)) {
            return LintResult.error("a non-root CA certificate must have certificatePolicies");
        }
        List<ASN1ObjectIdentifier> policies = certificate.policyOids();
        if (policies.contains(TlsPolicies.ANY_POLICY)) {
            return policies.size() > 1 ? LintResult.error("anyPolicy is accompanied by other policies") : LintResult.PASS;
        }
        for (ASN1ObjectIdentifier policy : policies) {
            if (TlsPolicies.RESERVED.contains(policy)) {
                return LintResult.PASS;
            }
        }
        return LintResult.error("a policy-restricted CA certificate must include a CA/B Forum reserved policy");
    }
}
