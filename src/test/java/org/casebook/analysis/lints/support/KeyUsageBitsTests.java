package org.casebook.analysis.lints.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.casebook.analysis.CertificateView;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * The one KeyUsageBits numbers bits as RFC 5280 names them (digitalSignature = bit 0), whichever way the
 * extension is read; Bouncy Castle's own constants run the other way (digitalSignature = 0x80), which is
 * why the BR lints and the RFC 5280 lints had two classes with opposite layouts before they were merged.
 */
class KeyUsageBitsTests {

    @Test
    void bothReadingsGiveRfc5280BitOrder() throws Exception {
        CertificateView view = withKeyUsage(new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign | KeyUsage.decipherOnly));
        int expected = KeyUsageBits.DIGITAL_SIGNATURE | KeyUsageBits.KEY_CERT_SIGN | KeyUsageBits.DECIPHER_ONLY;
        assertEquals(expected, KeyUsageBits.of(view));
        assertEquals(expected, KeyUsageBits.decoded(view));
        assertEquals("digitalSignature, keyCertSign, decipherOnly", KeyUsageBits.names(expected));
    }

    @Test
    void eachNamedBitLandsOnItsRfc5280Position() throws Exception {
        int[] bouncyCastle = {KeyUsage.digitalSignature, KeyUsage.nonRepudiation, KeyUsage.keyEncipherment,
            KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign,
            KeyUsage.encipherOnly, KeyUsage.decipherOnly};
        for (int bit = 0; bit < bouncyCastle.length; bit++) {
            CertificateView view = withKeyUsage(new KeyUsage(bouncyCastle[bit]));
            assertEquals(1 << bit, KeyUsageBits.of(view), "raw reading of bit " + bit);
            assertEquals(1 << bit, KeyUsageBits.decoded(view), "decoded reading of bit " + bit);
        }
    }

    @Test
    void absentAndUndecodableExtensions() throws Exception {
        CertificateView absent = withKeyUsage(null);
        assertEquals(0, KeyUsageBits.of(absent));
        assertEquals(0, KeyUsageBits.decoded(absent));

        // An OCTET STRING where the BIT STRING belongs: the raw reading says malformed, the decoded one sees no usage.
        CertificateView notABitString = withKeyUsage(new DEROctetString(new byte[] {(byte) 0x80}));
        assertEquals(-1, KeyUsageBits.of(notABitString));
        assertEquals(0, KeyUsageBits.decoded(notABitString));

        CertificateView empty = withKeyUsage(new DERBitString(new byte[0]));
        assertEquals(0, KeyUsageBits.of(empty));
        assertEquals(0, KeyUsageBits.decoded(empty));
    }

    /** A certificate whose only extension is this keyUsage value (none when null). */
    private static CertificateView withKeyUsage(ASN1Encodable value) throws Exception {
        KeyPair key = TestPki.rsaKey();
        X500Name name = new X500Name("CN=Key Usage Test");
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(name, BigInteger.valueOf(4242), Date.from(Instant.parse("2024-01-01T00:00:00Z")),
                Date.from(Instant.parse("2024-04-01T00:00:00Z")), name, SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()));
        if (value != null) {
            builder.addExtension(Extension.keyUsage, true, value);
        }
        byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())).getEncoded();
        return CertificateView.of(der);
    }
}
