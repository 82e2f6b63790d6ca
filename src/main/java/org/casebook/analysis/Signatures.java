package org.casebook.analysis;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Signature checks with Bouncy Castle. */
public final class Signatures {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private Signatures() {
    }

    /** True when {@code certificate}'s signature verifies under {@code issuerKey}. Never throws. */
    public static boolean verifies(CertificateView certificate, SubjectPublicKeyInfo issuerKey) {
        try {
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder().setProvider(PROVIDER).build(issuerKey);
            return new X509CertificateHolder(certificate.asn1()).isSignatureValid(verifier);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * True when the signature over the TBS bytes verifies under {@code key} with the outer signatureAlgorithm,
     * without requiring the inner signature field to match it (zlint's self-signed test works this way).
     */
    public static boolean signatureVerifiesWithOuterAlgorithm(CertificateView certificate, SubjectPublicKeyInfo key) {
        try {
            ContentVerifierProvider provider = new JcaContentVerifierProviderBuilder().setProvider(PROVIDER).build(key);
            org.bouncycastle.operator.ContentVerifier verifier = provider.get(certificate.signatureAlgorithm());
            try (java.io.OutputStream out = verifier.getOutputStream()) {
                out.write(certificate.tbs().getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER));
            }
            return verifier.verify(certificate.asn1().getSignature().getOctets());
        } catch (Exception e) {
            return false;
        }
    }
}
