package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ocsp_cert_cp_forbidden",
        description = "A delegated OCSP responder certificate must not carry certificatePolicies.",
        citation = "BRs: 7.1.2.8.2", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertCpForbidden extends CertificateLint {

    @Override
    protected boolean onlyServerAuthCertificates() {
        return false; // the OCSP responder profile is BR-governed without being a TLS certificate
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.knownExtendedKeyUsages().contains(KeyPurposeId.id_kp_OCSPSigning);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.policyOids().isEmpty() ? LintResult.PASS : LintResult.error("an OCSP responder certificate carries certificatePolicies");
    }
}
