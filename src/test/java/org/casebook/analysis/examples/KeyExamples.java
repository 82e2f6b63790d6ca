package org.casebook.analysis.examples;

import static org.casebook.analysis.examples.LintExample.passes;
import static org.casebook.analysis.examples.LintExample.trips;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.testpki.TestPki;

/** Subject public keys: RSA keys that do not decode or have a negative exponent, DSA public values, EC key encodings. */
final class KeyExamples {

    /** The subjectPublicKeyInfo TBSCertificate field. */
    private static final int PUBLIC_KEY = 6;
    private static final AlgorithmIdentifier RSA_ENCRYPTION = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);

    private static KeyPair dsaKey;

    private KeyExamples() {
    }

    static List<LintExample> examples() {
        return List.of(
                trips("e_rsa_no_public_key", "an EC point labelled rsaEncryption",
                        () -> TestPki.certificate().tbsField(PUBLIC_KEY, new SubjectPublicKeyInfo(RSA_ENCRYPTION,
                                publicKeyInfo(TestPki.ecP256Key()).getPublicKeyData().getBytes())).view()),
                passes("e_rsa_no_public_key", "an RSA 2048 key", () -> TestPki.certificate().view()),

                trips("e_rsa_exp_negative", "RSA key with exponent -65537",
                        () -> TestPki.certificate().tbsField(PUBLIC_KEY, rsaKeyWithExponent(BigInteger.valueOf(-65537))).view()),
                passes("e_rsa_exp_negative", "RSA key with exponent 65537",
                        () -> TestPki.certificate().tbsField(PUBLIC_KEY, rsaKeyWithExponent(BigInteger.valueOf(65537))).view()),

                // BRs 6.1.6 as of v1.7.0: the DSA lints are in force for notBefore from 2012-07-01 to 2020-08-20.
                trips("e_dsa_correct_order_in_subgroup", "DSA public value 2, which generates the whole group, not the order-q subgroup",
                        () -> dsaSubscriber(BigInteger.TWO).view()),
                passes("e_dsa_correct_order_in_subgroup", "a generated DSA 2048 key",
                        () -> TestPki.certificate().subjectKey(dsaKey()).notBefore("2017-05-01T00:00:00Z").view()),

                trips("e_dsa_unique_correct_representation", "DSA public value 1, below the range [2, p-2]",
                        () -> dsaSubscriber(BigInteger.ONE).view()),
                passes("e_dsa_unique_correct_representation", "a generated DSA 2048 key",
                        () -> TestPki.certificate().subjectKey(dsaKey()).notBefore("2017-05-01T00:00:00Z").view()),

                trips("e_mp_ecdsa_pub_key_encoding_correct", "P-256 key with explicit curve parameters instead of the named curve",
                        () -> TestPki.certificate().subjectKey(TestPki.ecP256Key()).notBefore("2025-06-02T00:00:00Z")
                                .tbsField(PUBLIC_KEY, new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                                        new X962Parameters(ECNamedCurveTable.getByName("secp256r1"))),
                                        publicKeyInfo(TestPki.ecP256Key()).getPublicKeyData().getBytes())).view()),
                passes("e_mp_ecdsa_pub_key_encoding_correct", "P-256 key naming its curve",
                        () -> TestPki.certificate().subjectKey(TestPki.ecP256Key()).notBefore("2025-06-02T00:00:00Z").view()));
    }

    private static SubjectPublicKeyInfo publicKeyInfo(KeyPair key) {
        return SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded());
    }

    private static SubjectPublicKeyInfo rsaKeyWithExponent(BigInteger exponent) throws Exception {
        BigInteger modulus = ((java.security.interfaces.RSAPublicKey) TestPki.rsaKey().getPublic()).getModulus();
        return new SubjectPublicKeyInfo(RSA_ENCRYPTION, new RSAPublicKey(modulus, exponent));
    }

    /** A DSA subscriber certificate whose public value is {@code y}, with the group of a generated key. */
    private static TestPki.CertBuilder dsaSubscriber(BigInteger y) throws Exception {
        SubjectPublicKeyInfo generated = publicKeyInfo(dsaKey());
        DSAParameter group = DSAParameter.getInstance(generated.getAlgorithm().getParameters());
        return TestPki.certificate().subjectKey(dsaKey()).notBefore("2017-05-01T00:00:00Z").tbsField(PUBLIC_KEY,
                new SubjectPublicKeyInfo(new AlgorithmIdentifier(generated.getAlgorithm().getAlgorithm(), group), new ASN1Integer(y)));
    }

    private static synchronized KeyPair dsaKey() throws Exception {
        if (dsaKey == null) {
            // 2048 bits: the JDK's provider has precomputed groups of this size, so no slow parameter generation.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("DSA");
            generator.initialize(2048);
            dsaKey = generator.generateKeyPair();
        }
        return dsaKey;
    }
}
