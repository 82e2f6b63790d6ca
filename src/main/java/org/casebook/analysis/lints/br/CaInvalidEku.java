package org.casebook.analysis.lints.br;

import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "e_ca_invalid_eku",
        description = "A TLS subordinate CA's EKU must not mix anyExtendedKeyUsage with other purposes, nor add email, code signing, time stamping or OCSP signing to serverAuth.",
        citation = "BRs: 7.1.2.10.6", source = LintSource.CABF_BR, effective = LintDates.BR_1_7_1)
public class CaInvalidEku extends CertificateLint {

    private static final List<KeyPurposeId> FORBIDDEN = List.of(KeyPurposeId.id_kp_emailProtection,
            KeyPurposeId.id_kp_codeSigning, KeyPurposeId.id_kp_timeStamping, KeyPurposeId.id_kp_OCSPSigning);

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.knownExtendedKeyUsages().isEmpty() && CertificateRoles.isSubordinateCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<KeyPurposeId> ekus = certificate.knownExtendedKeyUsages();
        if (ekus.contains(KeyPurposeId.anyExtendedKeyUsage) && ekus.size() > 1) {
            return LintResult.error("anyExtendedKeyUsage is accompanied by other purposes");
        }
        for (KeyPurposeId eku : ekus) {
            if (FORBIDDEN.contains(eku)) {
                return LintResult.error("EKU " + eku.getId() + " must not appear in a TLS subordinate CA");
            }
        }
        return LintResult.PASS;
    }
}
