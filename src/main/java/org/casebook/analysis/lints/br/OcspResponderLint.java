package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;

/**
 * A rule of the BRs' delegated OCSP responder profile (BRs 7.1.2.8): applies to certificates whose EKU
 * names id-kp-OCSPSigning, TLS-capable or not.
 */
abstract class OcspResponderLint extends CertificateLint {

    @Override
    protected final boolean onlyServerAuthCertificates() {
        return false; // the OCSP responder profile is BR-governed without being a TLS certificate
    }

    @Override
    protected final boolean applies(CertificateView certificate) {
        return certificate.knownExtendedKeyUsages().contains(KeyPurposeId.id_kp_OCSPSigning);
    }
}
