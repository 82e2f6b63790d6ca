package org.casebook.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CorpusKeysTests {

    @Test
    void usualKeyIdentifiersAreLowerCaseHex() {
        byte[] sha1 = new byte[20];
        Arrays.fill(sha1, (byte) 0xAB);
        assertEquals("ab".repeat(20), CorpusKeys.keyIdentifier(sha1));
        assertEquals("cd".repeat(48), CorpusKeys.keyIdentifier(filled(48, 0xCD)));
        assertNull(CorpusKeys.keyIdentifier(null));
    }

    @Test
    void overlongKeyIdentifiersBecomeADigestThatStillComparesEqual() {
        String long1 = CorpusKeys.keyIdentifier(filled(49, 0x01));
        assertTrue(long1.startsWith("sha256:") && long1.length() == 7 + 64, long1);
        assertEquals(long1, CorpusKeys.keyIdentifier(filled(49, 0x01)));
        assertNotEquals(long1, CorpusKeys.keyIdentifier(filled(49, 0x02)));
        assertTrue(CorpusKeys.keyIdentifier(filled(4000, 0x03)).length() <= org.casebook.evidence.StoredCertificate.KEY_ID_LENGTH);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
