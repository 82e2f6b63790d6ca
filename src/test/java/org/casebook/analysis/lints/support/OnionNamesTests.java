package org.casebook.analysis.lints.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.bouncycastle.util.encoders.Base32;
import org.junit.jupiter.api.Test;

class OnionNamesTests {

    /** DuckDuckGo's published onion service. */
    private static final String PUBLISHED = "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad";

    @Test
    void aPublishedVersion3AddressIsValid() {
        assertTrue(OnionNames.isValidVersion3Address(PUBLISHED));
    }

    @Test
    void oneChangedCharacterBreaksTheChecksum() {
        assertFalse(OnionNames.isValidVersion3Address(PUBLISHED.replace("czad", "czyd")));
        assertFalse(OnionNames.isValidVersion3Address(PUBLISHED.replace("duck", "dusk")));
    }

    @Test
    void theVersionByteMustBeThreeEvenWithAMatchingChecksum() throws Exception {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7 + 1);
        }
        assertTrue(OnionNames.isValidVersion3Address(address(key, (byte) 3)));
        assertFalse(OnionNames.isValidVersion3Address(address(key, (byte) 2)));
    }

    @Test
    void onlyFiftySixBase32CharactersCanBeAVersion3Address() {
        assertFalse(OnionNames.isValidVersion3Address(PUBLISHED.substring(1)));
        assertFalse(OnionNames.isValidVersion3Address(PUBLISHED.replace('d', '1')));
    }

    @Test
    void theAddressLabelIsTheOneBeforeOnion() {
        assertEquals(PUBLISHED, OnionNames.addressLabel("*." + PUBLISHED + ".onion"));
        assertEquals("", OnionNames.addressLabel("onion"));
    }

    /** The address Tor derives from a public key, with the checksum computed for the version given. */
    private static String address(byte[] key, byte version) throws Exception {
        MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
        sha3.update(".onion checksum".getBytes(StandardCharsets.US_ASCII));
        sha3.update(key);
        sha3.update(version);
        byte[] checksum = sha3.digest();
        byte[] raw = new byte[35];
        System.arraycopy(key, 0, raw, 0, 32);
        raw[32] = checksum[0];
        raw[33] = checksum[1];
        raw[34] = version;
        return Base32.toBase32String(raw).toLowerCase(Locale.ROOT);
    }
}
