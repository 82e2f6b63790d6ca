package org.casebook.analysis;

import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;

/** Readable names for the algorithm and curve OIDs found in Web PKI certificates. */
public final class AlgorithmNames {

    private static final Map<ASN1ObjectIdentifier, String> SIGNATURES = Map.ofEntries(
            Map.entry(PKCSObjectIdentifiers.md2WithRSAEncryption, "MD2withRSA"),
            Map.entry(PKCSObjectIdentifiers.md5WithRSAEncryption, "MD5withRSA"),
            Map.entry(PKCSObjectIdentifiers.sha1WithRSAEncryption, "SHA1withRSA"),
            Map.entry(OIWObjectIdentifiers.sha1WithRSA, "SHA1withRSA (OIW)"),
            Map.entry(PKCSObjectIdentifiers.sha224WithRSAEncryption, "SHA224withRSA"),
            Map.entry(PKCSObjectIdentifiers.sha256WithRSAEncryption, "SHA256withRSA"),
            Map.entry(PKCSObjectIdentifiers.sha384WithRSAEncryption, "SHA384withRSA"),
            Map.entry(PKCSObjectIdentifiers.sha512WithRSAEncryption, "SHA512withRSA"),
            Map.entry(PKCSObjectIdentifiers.id_RSASSA_PSS, "RSASSA-PSS"),
            Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA1, "SHA1withECDSA"),
            Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA224, "SHA224withECDSA"),
            Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA256, "SHA256withECDSA"),
            Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA384, "SHA384withECDSA"),
            Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA512, "SHA512withECDSA"),
            Map.entry(X9ObjectIdentifiers.id_dsa_with_sha1, "SHA1withDSA"),
            Map.entry(NISTObjectIdentifiers.dsa_with_sha224, "SHA224withDSA"),
            Map.entry(NISTObjectIdentifiers.dsa_with_sha256, "SHA256withDSA"),
            Map.entry(GMObjectIdentifiers.sm2sign_with_sm3, "SM3withSM2"),
            Map.entry(EdECObjectIdentifiers.id_Ed25519, "Ed25519"),
            Map.entry(EdECObjectIdentifiers.id_Ed448, "Ed448"));

    private static final Map<ASN1ObjectIdentifier, String> KEYS = Map.of(
            PKCSObjectIdentifiers.rsaEncryption, "RSA",
            X9ObjectIdentifiers.id_ecPublicKey, "EC",
            X9ObjectIdentifiers.id_dsa, "DSA",
            PKCSObjectIdentifiers.id_RSASSA_PSS, "RSASSA-PSS",
            EdECObjectIdentifiers.id_Ed25519, "Ed25519",
            EdECObjectIdentifiers.id_Ed448, "Ed448");

    private static final Map<ASN1ObjectIdentifier, String> CURVES = Map.of(
            SECObjectIdentifiers.secp256r1, "P-256",
            SECObjectIdentifiers.secp384r1, "P-384",
            SECObjectIdentifiers.secp521r1, "P-521",
            SECObjectIdentifiers.secp224r1, "P-224",
            SECObjectIdentifiers.secp256k1, "secp256k1",
            GMObjectIdentifiers.sm2p256v1, "SM2 (sm2p256v1)");

    private AlgorithmNames() {
    }

    public static String signature(ASN1ObjectIdentifier oid) {
        return SIGNATURES.getOrDefault(oid, oid.getId());
    }

    public static String curve(ASN1ObjectIdentifier oid) {
        return oid == null ? null : CURVES.getOrDefault(oid, oid.getId());
    }

    public static String publicKey(ASN1ObjectIdentifier algorithm, ASN1ObjectIdentifier curve) {
        return KEYS.getOrDefault(algorithm, algorithm.getId());
    }

    /** True for SHA-1 based signature algorithms (RSA, ECDSA, DSA). */
    public static boolean isSha1Signature(ASN1ObjectIdentifier oid) {
        return oid.equals(PKCSObjectIdentifiers.sha1WithRSAEncryption) || oid.equals(OIWObjectIdentifiers.sha1WithRSA)
                || oid.equals(X9ObjectIdentifiers.ecdsa_with_SHA1) || oid.equals(X9ObjectIdentifiers.id_dsa_with_sha1);
    }
}
