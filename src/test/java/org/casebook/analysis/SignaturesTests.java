package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class SignaturesTests {

    private static SubjectPublicKeyInfo spki(KeyPair key) {
        return SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded());
    }

    private static CertificateView signedBy(KeyPair issuer, String algorithm) {
        return TestPki.certificate().issuer("CN=Test Issuing CA").issuerKey(issuer).signatureAlgorithm(algorithm).view();
    }

    @Test
    void rsaPkcs1VerifiesUnderItsIssuerOnly() {
        CertificateView certificate = signedBy(TestPki.rsaKey(), "SHA256withRSA");
        assertTrue(Signatures.verifies(certificate, spki(TestPki.rsaKey())));
        assertFalse(Signatures.verifies(certificate, spki(TestPki.newRsaKey())));
        assertFalse(Signatures.verifies(certificate, spki(TestPki.ecP256Key())), "an RSA signature under an EC key");
    }

    @Test
    void md5AndPssTakeTheLightweightRsaRoute() {
        CertificateView md5 = signedBy(TestPki.rsaKey(), "MD5withRSA");
        assertEquals(PKCSObjectIdentifiers.md5WithRSAEncryption, md5.signatureAlgorithm().getAlgorithm());
        assertTrue(Signatures.verifies(md5, spki(TestPki.rsaKey())));
        assertFalse(Signatures.verifies(md5, spki(TestPki.newRsaKey())));

        CertificateView pss = signedBy(TestPki.rsaKey(), "SHA256withRSAandMGF1");
        assertEquals(PKCSObjectIdentifiers.id_RSASSA_PSS, pss.signatureAlgorithm().getAlgorithm());
        assertTrue(Signatures.verifies(pss, spki(TestPki.rsaKey())));
        assertFalse(Signatures.verifies(pss, spki(TestPki.newRsaKey())));
    }

    @Test
    void ecdsaUnderAnRsaKeyIsFalseWithoutDecodingTheKey() {
        CertificateView certificate = signedBy(TestPki.ecP256Key(), "SHA256withECDSA");
        assertTrue(Signatures.verifies(certificate, spki(TestPki.ecP256Key())));
        assertFalse(Signatures.verifies(certificate, spki(TestPki.rsaKey())));
        assertFalse(Signatures.verifies(certificate, spki(TestPki.ecKey("secp256r1"))));
    }

    @Test
    void selfSignedNeedsTheOwnKeyNotJustTheSameName() {
        KeyPair own = TestPki.ecP256Key();
        CertificateView root = TestPki.certificate().selfSignedRoot("CN=Casebook Test Root").subjectKey(own).issuerKey(own).view();
        assertTrue(root.isSelfIssued());
        assertTrue(root.isSelfSigned());
        CertificateView sameNameOtherSigner = TestPki.certificate().subject("CN=Look Alike").issuer("CN=Look Alike")
                .subjectKey(TestPki.rsaKey()).issuerKey(own).signatureAlgorithm("SHA256withECDSA").view();
        assertTrue(sameNameOtherSigner.isSelfIssued());
        assertFalse(sameNameOtherSigner.isSelfSigned(), "an ECDSA signature cannot come from the certificate's RSA key");
    }
}
