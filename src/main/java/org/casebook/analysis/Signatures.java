package org.casebook.analysis;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Signature checks. The common algorithms (RSA PKCS#1 v1.5 and ECDSA on the NIST curves) go straight
 * to the JDK's providers, which are several times faster than Bouncy Castle's pure-Java arithmetic;
 * everything else (PSS, SM2, DSA, odd parameters) goes through Bouncy Castle.
 */
public final class Signatures {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private static final Map<ASN1ObjectIdentifier, String> RSA_SIGNATURES = Map.of(
            PKCSObjectIdentifiers.sha1WithRSAEncryption, "SHA1withRSA",
            PKCSObjectIdentifiers.sha224WithRSAEncryption, "SHA224withRSA",
            PKCSObjectIdentifiers.sha256WithRSAEncryption, "SHA256withRSA",
            PKCSObjectIdentifiers.sha384WithRSAEncryption, "SHA384withRSA",
            PKCSObjectIdentifiers.sha512WithRSAEncryption, "SHA512withRSA");
    private static final Map<ASN1ObjectIdentifier, String> ECDSA_SIGNATURES = Map.of(
            X9ObjectIdentifiers.ecdsa_with_SHA1, "SHA1withECDSA",
            X9ObjectIdentifiers.ecdsa_with_SHA224, "SHA224withECDSA",
            X9ObjectIdentifiers.ecdsa_with_SHA256, "SHA256withECDSA",
            X9ObjectIdentifiers.ecdsa_with_SHA384, "SHA384withECDSA",
            X9ObjectIdentifiers.ecdsa_with_SHA512, "SHA512withECDSA");
    private static final java.util.Set<ASN1ObjectIdentifier> JDK_CURVES = java.util.Set.of(
            X9ObjectIdentifiers.prime256v1, SECObjectIdentifiers.secp384r1, SECObjectIdentifiers.secp521r1);

    private Signatures() {
    }

    /** True when {@code certificate}'s signature verifies under {@code issuerKey}. Never throws. */
    public static boolean verifies(CertificateView certificate, SubjectPublicKeyInfo issuerKey) {
        try {
            if (!certificate.signatureAlgorithm().equals(certificate.tbsSignatureAlgorithm())) {
                return false; // RFC 5280 4.1.1.2: the two must match; Bouncy Castle refuses too
            }
            String jdkAlgorithm = jdkAlgorithm(certificate, issuerKey);
            byte[] tbs = certificate.tbsBytes();
            if (jdkAlgorithm != null && tbs != null) {
                return verifyWithJdk(jdkAlgorithm, certificate, issuerKey, tbs);
            }
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder().setProvider(PROVIDER).build(issuerKey);
            return new X509CertificateHolder(certificate.asn1()).isSignatureValid(verifier);
        } catch (Exception e) {
            return false;
        }
    }

    private static String jdkAlgorithm(CertificateView certificate, SubjectPublicKeyInfo issuerKey) {
        ASN1ObjectIdentifier signature = certificate.signatureAlgorithm().getAlgorithm();
        if (certificate.signatureAlgorithm().getParameters() != null && !RSA_SIGNATURES.containsKey(signature)) {
            return null;
        }
        ASN1ObjectIdentifier keyAlgorithm = issuerKey.getAlgorithm().getAlgorithm();
        if (keyAlgorithm.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            return RSA_SIGNATURES.get(signature);
        }
        if (keyAlgorithm.equals(X9ObjectIdentifiers.id_ecPublicKey)
                && issuerKey.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve && JDK_CURVES.contains(curve)) {
            return ECDSA_SIGNATURES.get(signature);
        }
        return null;
    }

    private static boolean verifyWithJdk(String algorithm, CertificateView certificate, SubjectPublicKeyInfo issuerKey, byte[] tbs)
            throws Exception {
        String keyType = algorithm.endsWith("RSA") ? "RSA" : "EC";
        PublicKey key;
        try {
            key = KeyFactory.getInstance(keyType).generatePublic(new X509EncodedKeySpec(issuerKey.getEncoded()));
        } catch (java.security.GeneralSecurityException e) {
            // keys the JDK refuses (e.g. an RSA exponent below 3) may still verify under Bouncy Castle
            ContentVerifierProvider verifier = new JcaContentVerifierProviderBuilder().setProvider(PROVIDER).build(issuerKey);
            return new X509CertificateHolder(certificate.asn1()).isSignatureValid(verifier);
        }
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(key);
        verifier.update(tbs);
        return verifier.verify(certificate.asn1().getSignature().getOctets());
    }
}
