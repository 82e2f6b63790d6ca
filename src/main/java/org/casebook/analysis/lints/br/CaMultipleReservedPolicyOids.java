package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.TlsPolicies;

@LintSpec(code = "e_ca_multiple_reserved_policy_oids",
        description = "A policy-restricted subordinate CA certificate must carry exactly one CA/B Forum reserved policy identifier, not several.",
        citation = "BRs: 7.1.2.10.5", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CaMultipleReservedPolicyOids extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        // Without anyPolicy the CA is "policy restricted" in the BRs' sense.
        return !certificate.policyOids().contains(TlsPolicies.ANY_POLICY) && CertificateRoles.isSubordinateCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int reserved = 0;
        for (ASN1ObjectIdentifier policy : certificate.policyOids()) {
            if (TlsPolicies.RESERVED.contains(policy)) {
                reserved++;
            }
        }
        return reserved > 1 ? LintResult.error(reserved + " reserved policy identifiers where exactly one is allowed")
                : LintResult.PASS;
    }
}
