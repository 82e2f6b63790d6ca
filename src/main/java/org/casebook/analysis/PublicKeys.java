package org.casebook.analysis;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** Reads key parameters out of a SubjectPublicKeyInfo without building JCA keys. */
final class PublicKeys {

    private PublicKeys() {
    }

    static RSAPublicKey rsa(SubjectPublicKeyInfo spki) {
        if (!spki.getAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption)) {
            return null;
        }
        try {
            ASN1Sequence encoded = ASN1Sequence.getInstance(spki.parsePublicKey());
            RSAPublicKey key = RSAPublicKey.getInstance(encoded);
            // Bouncy Castle reads both INTEGERs as unsigned: keep the exponent's sign, which e_rsa_exp_negative judges.
            ASN1Integer exponent = ASN1Integer.getInstance(encoded.getObjectAt(1));
            return exponent.getValue().signum() < 0 ? new RSAPublicKey(key.getModulus(), exponent.getValue()) : key;
        } catch (Exception e) {
            return null;
        }
    }

    static BigInteger rsaModulus(SubjectPublicKeyInfo spki) {
        RSAPublicKey key = rsa(spki);
        return key == null ? null : key.getModulus();
    }

    static BigInteger rsaExponent(SubjectPublicKeyInfo spki) {
        RSAPublicKey key = rsa(spki);
        return key == null ? null : key.getPublicExponent();
    }

    static Integer sizeBits(SubjectPublicKeyInfo spki) {
        ASN1ObjectIdentifier algorithm = spki.getAlgorithm().getAlgorithm();
        if (algorithm.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            BigInteger modulus = rsaModulus(spki);
            return modulus == null ? null : modulus.bitLength();
        }
        ASN1Encodable parameters = spki.getAlgorithm().getParameters();
        try {
            if (algorithm.equals(X9ObjectIdentifiers.id_ecPublicKey) && parameters instanceof ASN1ObjectIdentifier curve) {
                X9ECParameters params = ECNamedCurveTable.getByOID(curve);
                return params == null ? null : params.getCurve().getFieldSize();
            }
            if (algorithm.equals(X9ObjectIdentifiers.id_dsa) && parameters != null) {
                return DSAParameter.getInstance(parameters).getP().bitLength();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
