package org.casebook.analysis.revocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class CrlParserTests {

    @Test
    void readsTheFieldsOfABouncyCastleCrl() throws Exception {
        byte[] der = TestPki.crl().revoked(7, "2025-01-05T00:00:00Z", 1).revoked(9, "2025-01-06T00:00:00Z").der();
        CrlView crl = CrlParser.parse(der);
        assertEquals(2, crl.version());
        assertEquals("CN=Test CRL Issuer,O=Casebook Test PKI,C=US", crl.issuer().toString());
        assertEquals(Instant.parse("2025-01-10T00:00:00Z"), crl.thisUpdate());
        assertEquals(Instant.parse("2025-01-17T00:00:00Z"), crl.nextUpdate().orElseThrow());
        assertEquals(2, crl.revokedCertificates().size());
        assertEquals(BigInteger.valueOf(7), crl.revokedCertificates().get(0).serialNumber());
        assertEquals(1, crl.revokedCertificates().get(0).reasonCode());
        assertEquals(null, crl.revokedCertificates().get(1).reasonCode());
        assertEquals(BigInteger.valueOf(42), crl.crlNumber().orElseThrow());
        assertTrue(crl.extension(CrlView.AUTHORITY_KEY_IDENTIFIER).isPresent());
        assertFalse(crl.isDelta());
        assertArrayEquals(der, crl.der());
    }

    @Test
    void theSignatureVerifiesUnderTheIssuerKeyOnlyAndNotAfterTampering() throws Exception {
        SubjectPublicKeyInfo issuerKey = SubjectPublicKeyInfo.getInstance(TestPki.rsaKey().getPublic().getEncoded());
        SubjectPublicKeyInfo otherKey = SubjectPublicKeyInfo.getInstance(TestPki.ecP256Key().getPublic().getEncoded());
        byte[] der = TestPki.crl().revoked(7, "2025-01-05T00:00:00Z", 1).der();
        assertTrue(CrlParser.parse(der).signedBy(issuerKey));
        assertFalse(CrlParser.parse(der).signedBy(otherKey));
        byte[] wrongSigner = TestPki.crl().issuer("CN=Test CRL Issuer,O=Casebook Test PKI,C=US", TestPki.newRsaKey()).der();
        assertFalse(CrlParser.parse(wrongSigner).signedBy(issuerKey));
        byte[] tampered = der.clone();
        int serialOffset = indexOf(tampered, new byte[] {0x02, 0x01, 0x07});
        tampered[serialOffset + 2] = 8;
        assertFalse(CrlParser.parse(tampered).signedBy(issuerKey));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void readsUtcTimesOfBothCenturiesAndGeneralizedTimes() throws Exception {
        CrlView crl = CrlParser.parse(TestPki.crl().nextUpdate("2051-02-03T04:05:06Z")
                .revoked(7, "1998-12-31T23:59:59Z").revoked(8, "2049-12-31T23:59:59Z").der());
        assertEquals(Instant.parse("2051-02-03T04:05:06Z"), crl.nextUpdate().orElseThrow());
        assertEquals(Instant.parse("1998-12-31T23:59:59Z"), crl.revokedCertificates().get(0).revocationDate());
        assertEquals(Instant.parse("2049-12-31T23:59:59Z"), crl.revokedCertificates().get(1).revocationDate());
    }

    @Test
    void knowsAnIndirectCrl() throws Exception {
        IssuingDistributionPoint indirect = new IssuingDistributionPoint(null, false, false, null, true, false);
        assertTrue(CrlParser.parse(TestPki.crl().extension(Extension.issuingDistributionPoint, true, indirect.toASN1Primitive()).der())
                .isIndirect());
        IssuingDistributionPoint direct = new IssuingDistributionPoint(null, true, false, null, false, false);
        assertFalse(CrlParser.parse(TestPki.crl().extension(Extension.issuingDistributionPoint, true, direct.toASN1Primitive()).der())
                .isIndirect());
        assertFalse(TestPki.crl().view().isIndirect());
    }

    @Test
    void readsPemAndKnowsADeltaCrl() throws Exception {
        byte[] der = TestPki.crl().extension(Extension.deltaCRLIndicator, true, new ASN1Integer(41)).der();
        String pem = "-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END X509 CRL-----\n";
        CrlView crl = CrlParser.parse(pem.getBytes(StandardCharsets.US_ASCII));
        assertTrue(crl.isDelta());
        assertArrayEquals(der, crl.der());
    }

    @Test
    void refusesWhatIsNotACrlWithAReason() {
        assertReason("empty input", new byte[0]);
        assertReason("neither DER (a SEQUENCE) nor PEM", "hello".getBytes(StandardCharsets.US_ASCII));
        assertReason("expected one PEM block labelled X509 CRL, found 0",
                TestPki.certificate().pem().getBytes(StandardCharsets.US_ASCII));
        byte[] certificate = TestPki.certificate().der();
        RevocationParseException notACrl = assertThrows(RevocationParseException.class, () -> CrlParser.parse(certificate));
        assertTrue(notACrl.getMessage().startsWith("malformed CRL"), notACrl.getMessage());
        byte[] der = TestPki.crl().der();
        byte[] trailing = java.util.Arrays.copyOf(der, der.length + 1);
        assertReason("not a DER CRL: trailing bytes: 1 byte(s) after the outermost element at offset " + der.length, trailing);
    }

    @Test
    void refusesACrlLargerThanTheLimitBeforeReadingIt() {
        byte[] huge = new byte[CrlParser.MAX_CRL_BYTES + 1];
        huge[0] = 0x30;
        RevocationParseException refused = assertThrows(RevocationParseException.class, () -> CrlParser.parse(huge));
        assertTrue(refused.getMessage().contains("too large"), refused.getMessage());
    }

    @Test
    void damagedCrlsAreRefusedWithAParseExceptionAndNothingElse() {
        byte[] der = TestPki.crl().revoked(7, "2025-01-05T00:00:00Z", 1).der();
        DamagedInputs.refusedOnlyWithAReason(der, CrlParser::parse, CrlParser::parseLenient);
    }

    private static void assertReason(String reason, byte[] input) {
        RevocationParseException refused = assertThrows(RevocationParseException.class, () -> CrlParser.parse(input));
        assertEquals(reason, refused.getMessage());
    }
}
