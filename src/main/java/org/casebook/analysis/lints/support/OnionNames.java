package org.casebook.analysis.lints.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/** Tor hidden-service names: version 2 (16 base32 characters) and version 3 (56 characters). */
public final class OnionNames {

    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    private OnionNames() {
    }

    /** The label before ".onion": the service address (a wildcard or subdomain labels come before it). */
    public static String addressLabel(String onionName) {
        String[] labels = onionName.split("\\.", -1);
        return labels.length < 2 ? "" : labels[labels.length - 2];
    }

    /** A name ending in "onion" whose first label is a 16-character lowercase base32 string. */
    public static boolean isVersion2(String name) {
        if (!name.endsWith("onion")) {
            return false;
        }
        List<String> labels = DomainNames.labels(name);
        return labels.size() >= 2 && labels.get(0).length() == 16 && isBase32(labels.get(0));
    }

    /**
     * Whether a 56-character onion address label decodes to a version 3 address (Tor rend-spec-v3, "Encoding onion
     * addresses"): 32 bytes of public key, 2 bytes of checksum, version byte 3, the checksum being the first two
     * bytes of SHA3-256(".onion checksum" || public key || version).
     */
    public static boolean isValidVersion3Address(String label) {
        if (label.length() != 56 || !isBase32(label)) {
            return false;
        }
        byte[] decoded = base32Decode(label);
        if (decoded[34] != 3) {
            return false;
        }
        try {
            MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
            sha3.update(".onion checksum".getBytes(StandardCharsets.US_ASCII));
            sha3.update(decoded, 0, 32);
            sha3.update(decoded[34]);
            byte[] digest = sha3.digest();
            return Arrays.equals(digest, 0, 2, decoded, 32, 34);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA3-256 is required of every Java 17 runtime", e);
        }
    }

    /** Unpadded lowercase base32 (RFC 4648) of a length that is a multiple of 8 characters. */
    private static byte[] base32Decode(String text) {
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (int i = 0; i < text.length(); i++) {
            buffer = (buffer << 5) | BASE32.indexOf(text.charAt(i));
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[index++] = (byte) (buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        return out;
    }

    private static boolean isBase32(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (BASE32.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
