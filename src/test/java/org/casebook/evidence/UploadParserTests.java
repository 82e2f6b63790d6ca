package org.casebook.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.util.CollectionStore;
import org.casebook.analysis.CertificateView;
import org.casebook.evidence.UploadParser.Item;
import org.casebook.evidence.UploadParser.Part;
import org.casebook.evidence.UploadParser.Upload;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class UploadParserTests {

    private static final UploadParser PARSER = new UploadParser(100);
    private static final byte[] CLEAN = TestPki.certificate().dnsNames("clean.example.com").der();
    private static final byte[] SHA1 = TestPki.certificate().sha1().dnsNames("sha1.example.com").der();

    static byte[] realCertificate(String name) {
        try (InputStream in = UploadParserTests.class.getResourceAsStream("/real-certs/" + name)) {
            return PemBlockDecoder.decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The DER of the first PEM block of a text, for tests. */
    static final class PemBlockDecoder {
        static byte[] decode(String pem) {
            return org.casebook.analysis.PemBlocks.extract(pem).get(0).der();
        }
    }

    private static Upload parse(String name, byte[] bytes) {
        return PARSER.parse(new Part(name, bytes));
    }

    private static Upload parse(String name, String text) {
        return parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] pkcs7(boolean der, byte[]... certificates) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        List<X509CertificateHolder> holders = new ArrayList<>();
        for (byte[] certificate : certificates) {
            holders.add(new X509CertificateHolder(certificate));
        }
        generator.addCertificates(new CollectionStore<>(holders));
        var signed = generator.generate(new CMSAbsentContent());
        return der ? signed.getEncoded(ASN1Encoding.DER) : signed.getEncoded(ASN1Encoding.BER);
    }

    private static String sha256(byte[] der) {
        return java.util.HexFormat.of().formatHex(sha(der));
    }

    private static byte[] sha(byte[] der) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(der);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- formats ---

    @Test
    void singleDerCertificate() {
        Upload upload = parse("leaf.der", CLEAN);
        assertEquals(1, upload.items().size());
        assertTrue(upload.items().get(0).accepted());
        assertEquals(sha256(CLEAN), upload.items().get(0).certificate().sha256Hex());
        assertFalse(upload.tooManyItems());
    }

    @Test
    void pemBundleWithOpensslTextAroundTheBlocks() {
        String text = "Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number: 01:02\n"
                + "    Signature Algorithm: sha1WithRSAEncryption\n        Issuer: C=US, O=Test\n"
                + TestPki.toPem(CLEAN) + "\nsome words between blocks\n" + TestPki.toPem(SHA1) + "trailing text\n";
        Upload upload = parse("bundle.pem", text);
        assertEquals(2, upload.accepted().size(), upload.toString());
        assertEquals(sha256(CLEAN), upload.items().get(0).certificate().sha256Hex());
        assertEquals(sha256(SHA1), upload.items().get(1).certificate().sha256Hex());
        assertEquals("bundle.pem, PEM block 2", upload.items().get(1).source());
    }

    @Test
    void realCertificatesFromTheWosignCaseParse() {
        for (String name : List.of("wosign-root-certification-authority-of-wosign.pem", "leaf-wosign-localhost.doomcalc.com.pem",
                "sct-leaf-www.lloydsbank.com.pem", "sm2-cfca-sm2-rca.pem", "wosign-root-ecc.pem")) {
            byte[] der = realCertificate(name);
            Upload upload = parse(name, der);
            assertTrue(upload.items().get(0).accepted(), name + ": " + upload.items().get(0).reason());
            assertEquals(sha256(der), upload.items().get(0).certificate().sha256Hex());
        }
    }

    @Test
    void derPkcs7BundleKeepsEveryCertificateByteForByte() throws Exception {
        byte[] bundle = pkcs7(true, CLEAN, SHA1);
        Upload upload = parse("chain.p7b", bundle);
        assertEquals(2, upload.accepted().size(), upload.toString());
        // DER sorts the SET of certificates, so compare as sets.
        assertEquals(java.util.Set.of(sha256(CLEAN), sha256(SHA1)),
                java.util.Set.copyOf(upload.items().stream().map(i -> i.certificate().sha256Hex()).toList()));
        assertEquals("chain.p7b, PKCS#7 certificate 2", upload.items().get(1).source());
    }

    @Test
    void berPkcs7BundleWithIndefiniteLengths() throws Exception {
        byte[] bundle = pkcs7(false, CLEAN, SHA1);
        Upload upload = parse("chain.p7c", bundle);
        assertEquals(2, upload.accepted().size(), upload.toString());
        assertEquals(java.util.Set.of(sha256(CLEAN), sha256(SHA1)),
                java.util.Set.copyOf(upload.items().stream().map(i -> i.certificate().sha256Hex()).toList()));
    }

    @Test
    void pemPkcs7Bundle() throws Exception {
        String pem = "-----BEGIN PKCS7-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs7(true, CLEAN, SHA1))
                + "\n-----END PKCS7-----\n";
        Upload upload = parse("chain.p7b", pem);
        assertEquals(2, upload.accepted().size(), upload.toString());
    }

    @Test
    void pkcs7WithoutCertificatesIsRejected() throws Exception {
        Upload upload = parse("empty.p7b", pkcs7(true));
        assertEquals(1, upload.items().size());
        assertEquals("not a certificate: the PKCS#7 bundle holds no certificates", upload.items().get(0).reason());
    }

    @Test
    void bareBase64IsAccepted() {
        Upload upload = parse("pasted text", Base64.getMimeEncoder().encodeToString(CLEAN));
        assertTrue(upload.items().get(0).accepted(), upload.toString());
    }

    @Test
    void severalPartsAreNumberedInOrder() {
        Upload upload = PARSER.parse(List.of(new Part("a.pem", TestPki.toPem(CLEAN).getBytes()), new Part("b.der", SHA1),
                new Part("c.txt", "hello".getBytes())));
        assertEquals(List.of(0, 1, 2), upload.items().stream().map(Item::index).toList());
        assertEquals(2, upload.accepted().size());
        assertEquals(List.of(2), upload.rejected().stream().map(Item::index).toList());
    }

    // --- rejection reasons, each beside a good item that is kept ---

    private static Item badBesideGood(String badPem) {
        Upload upload = parse("mixed.pem", TestPki.toPem(CLEAN) + badPem + TestPki.toPem(SHA1));
        assertEquals(3, upload.items().size(), upload.toString());
        assertTrue(upload.items().get(0).accepted());
        assertTrue(upload.items().get(2).accepted(), "the good item after the bad one is kept");
        Item bad = upload.items().get(1);
        assertFalse(bad.accepted());
        assertNull(bad.certificate());
        return bad;
    }

    @Test
    void truncatedBase64() {
        String pem = TestPki.toPem(SHA1);
        String cut = pem.substring(0, pem.indexOf("-----END") - 4) + "\n-----END CERTIFICATE-----\n";
        assertTrue(badBesideGood(cut).reason().startsWith("truncated base64:"));
    }

    @Test
    void truncatedDer() {
        byte[] cut = Arrays.copyOf(CLEAN, CLEAN.length - 30);
        String reason = badBesideGood(TestPki.toPem(cut)).reason();
        assertTrue(reason.startsWith("truncated: the element at offset 0 declares"), reason);
    }

    @Test
    void trailingBytes() {
        byte[] longer = Arrays.copyOf(CLEAN, CLEAN.length + 3);
        String reason = badBesideGood(TestPki.toPem(longer)).reason();
        assertEquals("trailing bytes: 3 byte(s) after the element that ends at offset " + CLEAN.length, reason);
    }

    @Test
    void notACertificate() {
        byte[] sequenceOfInteger = {0x30, 0x03, 0x02, 0x01, 0x05};
        assertTrue(badBesideGood(TestPki.toPem(sequenceOfInteger)).reason().startsWith("not a certificate"));
        String key = "-----BEGIN PRIVATE KEY-----\nMAA=\n-----END PRIVATE KEY-----\n";
        assertEquals("not a certificate: a PEM block labelled 'PRIVATE KEY' (never upload private keys)", badBesideGood(key).reason());
        assertTrue(parse("notes.txt", "just some words").items().get(0).reason().startsWith("not a certificate: notes.txt is neither PEM"));
    }

    @Test
    void nestedTooDeep() {
        int depth = 5000;
        byte[] nested = new byte[depth * 2];
        for (int i = 0; i < depth; i++) {
            nested[2 * i] = 0x30;
            nested[2 * i + 1] = (byte) 0x80; // indefinite: no length arithmetic needed
        }
        byte[] withEnd = Arrays.copyOf(nested, nested.length + depth * 2);
        String reason = badBesideGood(TestPki.toPem(withEnd)).reason();
        assertTrue(reason.startsWith("nested too deep: more than 32 levels"), reason);
    }

    @Test
    void tooLarge() {
        byte[] big = new byte[70_000];
        big[0] = 0x30;
        big[1] = (byte) 0x83;
        big[2] = 0x01;
        big[3] = 0x11;
        big[4] = 0x6c;
        String reason = badBesideGood(TestPki.toPem(big)).reason();
        assertTrue(reason.startsWith("too large: 70000 bytes"), reason);
    }

    @Test
    void notDerButACertificateIsKeptForItsLintsToReport() {
        // Re-encode the length of the outer SEQUENCE with one byte more than needed: valid BER, not DER.
        byte[] der = CLEAN;
        int lengthBytes = der[1] & 0x7f;
        byte[] ber = new byte[der.length + 1];
        ber[0] = 0x30;
        ber[1] = (byte) (0x80 | (lengthBytes + 1));
        ber[2] = 0;
        System.arraycopy(der, 2, ber, 3, der.length - 2);
        Upload upload = parse("ber.pem", TestPki.toPem(ber));
        assertTrue(upload.items().get(0).accepted(), upload.toString());
        CertificateView view = upload.items().get(0).certificate();
        assertEquals(sha256(ber), view.sha256Hex(), "stored as uploaded, not re-encoded");
        assertTrue(view.nonDerReason() != null && view.nonDerReason().startsWith("non-minimal length"), view.nonDerReason());
    }

    @Test
    void aBeginLineWithoutABlockIsNamed() {
        String reason = parse("odd.pem", "-----BEGIN certificate-----\nMAA=\n-----END certificate-----\n").items().get(0).reason();
        assertTrue(reason.startsWith("not a certificate: odd.pem has a -----BEGIN line but no PEM block"), reason);
    }

    @Test
    void unterminatedPemBlock() {
        Upload upload = parse("cut.pem", TestPki.toPem(CLEAN) + "-----BEGIN CERTIFICATE-----\nMIIB");
        assertTrue(upload.items().get(0).accepted());
        assertEquals("truncated PEM: no -----END CERTIFICATE----- line", upload.items().get(1).reason());
    }

    @Test
    void emptyPart() {
        assertTrue(parse("empty.pem", new byte[0]).items().get(0).reason().startsWith("empty"));
    }

    @Test
    void itemLimitIsReportedNotExceeded() {
        UploadParser small = new UploadParser(2);
        String three = TestPki.toPem(CLEAN) + TestPki.toPem(SHA1) + TestPki.toPem(CLEAN);
        Upload upload = small.parse(new Part("three.pem", three.getBytes()));
        assertTrue(upload.tooManyItems());
        assertEquals(2, upload.items().size());
        assertFalse(small.parse(new Part("two.pem", (TestPki.toPem(CLEAN) + TestPki.toPem(SHA1)).getBytes())).tooManyItems());
    }

    @Test
    void viewsAreUsable() {
        CertificateView view = parse("leaf.der", SHA1).items().get(0).certificate();
        assertEquals("SHA1withRSA", view.signatureAlgorithmName());
    }

    @Test
    void twentyThousandMutatedInputsEachGetAVerdict() {
        Mutations mutations = new Mutations(42L);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] input = mutations.next();
            Upload upload = PARSER.parse(new Part("mutant", input));
            assertFalse(upload.items().isEmpty());
            for (Item item : upload.items()) {
                if (item.accepted()) {
                    accepted++;
                    assertTrue(item.certificate().der().length > 0);
                } else {
                    assertTrue(item.reason() != null && !item.reason().isBlank(), item.toString());
                }
            }
        }
        assertTrue(accepted > 0 && accepted < 20_000, "accepted " + accepted);
    }
}
