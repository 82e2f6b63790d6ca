package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class DerScannerTests {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static String derReason(String hex) {
        DerScanner.Violation violation = DerScanner.check(hex(hex), DerScanner.Rules.DER);
        return violation == null ? null : violation.reason();
    }

    @Test
    void acceptsADerCertificate() {
        assertNull(DerScanner.check(TestPki.certificate().der(), DerScanner.Rules.DER));
    }

    @Test
    void indefiniteLengthIsBerNotDer() {
        assertTrue(derReason("30 80 02 01 01 00 00").startsWith("indefinite length"));
        assertNull(DerScanner.check(hex("30 80 02 01 01 00 00"), DerScanner.Rules.BER));
    }

    @Test
    void nonMinimalLengthsAreNotDer() {
        assertEquals("non-minimal length: long form used for length 3", derReason("30 81 03 02 01 01"));
        assertEquals("non-minimal length: leading zero octet in the length field", derReason("30 82 00 03 02 01 01"));
    }

    @Test
    void nonMinimalIntegersAreNotDer() {
        assertEquals("non-minimal INTEGER: redundant leading 0x00 octet", derReason("02 02 00 7f"));
        assertEquals("non-minimal INTEGER: redundant leading 0xFF octet", derReason("02 02 ff 80"));
        assertNull(derReason("02 02 00 80"));
        assertNull(derReason("02 01 00"));
    }

    @Test
    void booleanMustBeZeroOrAllOnes() {
        assertEquals("BOOLEAN value 0x01; DER allows only 0x00 and 0xFF", derReason("01 01 01"));
        assertNull(derReason("01 01 ff"));
        assertNull(DerScanner.check(hex("01 01 01"), DerScanner.Rules.BER));
    }

    @Test
    void setOfMustBeSorted() {
        assertTrue(derReason("31 06 02 01 02 02 01 01").startsWith("SET elements out of order"));
        assertNull(derReason("31 06 02 01 01 02 01 02"));
    }

    @Test
    void constructedStringsAndBadTimesAreNotDer() {
        assertTrue(derReason("24 80 04 01 41 00 00").startsWith("indefinite"));
        assertTrue(derReason("24 03 04 01 41").startsWith("constructed (segmented) string type 4"));
        assertTrue(derReason("17 0b 31 32 30 34 32 37 30 30 30 30 5a").contains("UTCTime '1204270000Z'"));
    }

    @Test
    void trailingBytesTruncationAndReservedFormsHaveExactReasons() {
        DerScanner.Violation trailing = DerScanner.check(hex("05 00 00"), DerScanner.Rules.BER);
        assertEquals(new DerScanner.Violation(2, "trailing bytes: 1 byte(s) after the outermost element"), trailing);
        assertEquals("truncated: length 5 exceeds the 1 byte(s) available", derReason("04 05 41"));
        assertEquals("reserved length octet 0xFF", derReason("04 ff"));
        assertEquals("length field of 9 octets is too large", derReason("04 89 00"));
        assertEquals("OBJECT IDENTIFIER arc encoded with a leading zero group", derReason("06 02 80 01"));
        assertEquals("NULL with 1 content octets", derReason("05 01 00"));
    }

    @Test
    void deepNestingIsRefusedWithoutBlowingTheStack() {
        byte[] indefinite = new byte[60_000];
        for (int i = 0; i < indefinite.length; i += 2) {
            indefinite[i] = 0x30;
            indefinite[i + 1] = (byte) 0x80;
        }
        assertTrue(DerScanner.check(indefinite, DerScanner.Rules.BER).reason().startsWith("nested too deep"));
        CertificateParseException e = assertThrows(CertificateParseException.class, () -> CertificateParser.parseLenient(indefinite));
        assertTrue(e.getMessage().startsWith("nested too deep"), e.getMessage());

        int depth = 40;
        byte[] definite = new byte[depth * 2];
        for (int i = 0; i < depth; i++) {
            definite[2 * i] = 0x30;
            definite[2 * i + 1] = (byte) (2 * (depth - i - 1));
        }
        assertTrue(DerScanner.check(definite, DerScanner.Rules.DER).reason().startsWith("nested too deep"));
    }

    @Test
    void hugeDeclaredLengthsAreRefusedWithoutAllocating() {
        byte[] bomb = hex("30 84 7f ff ff ff 02 01 01");
        assertTrue(DerScanner.check(bomb, DerScanner.Rules.BER).reason().startsWith("truncated: length 2147483647"));
        byte[] tooLarge = Arrays.copyOf(TestPki.certificate().der(), DerScanner.MAX_BYTES + 1);
        assertTrue(DerScanner.check(tooLarge, DerScanner.Rules.BER).reason().startsWith("too large"));
    }
}
