package org.casebook.analysis;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** Whether a certificate's (or another signed structure's) signature verifies under a key (an issuer's, or its own). */
public final class Signatures {

    private Signatures() {
    }

    /** True when {@code certificate}'s signature verifies under {@code issuerKey}. Never throws. */
    public static boolean verifies(CertificateView certificate, SubjectPublicKeyInfo issuerKey) {
        if (!certificate.signatureAlgorithm().equals(certificate.tbsSignatureAlgorithm())) {
            return false; // RFC 5280 4.1.1.2: the two must match; Bouncy Castle refuses too
        }
        return signatureVerifiesWithOuterAlgorithm(certificate, issuerKey);
    }

    /**
     * True when the signature over the TBS bytes verifies under {@code key} with the outer signatureAlgorithm,
     * without requiring the inner signature field to match it (zlint's self-signed test works this way).
     */
    public static boolean signatureVerifiesWithOuterAlgorithm(CertificateView certificate, SubjectPublicKeyInfo key) {
        try {
            return certificate.signedData().verifiesWith(key);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * True when {@code signature} over {@code signedBytes} verifies under {@code key} with {@code algorithm}: for
     * other signed structures of the profile (CRLs, OCSP responses). Never throws.
     */
    public static boolean verifies(byte[] signedBytes, AlgorithmIdentifier algorithm, byte[] signature, SubjectPublicKeyInfo key) {
        try {
            return new SignedData(signedBytes, algorithm, signature).verifiesWith(key);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The first element of a SEQUENCE exactly as encoded (a TBSCertificate or TBSCertList as signed), or null. */
    public static byte[] signedPart(byte[] der) {
        return CertificateEncoding.tbsSlice(der);
    }
}
