package org.casebook.analysis;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds PEM CERTIFICATE blocks in text that may carry other text around them (as {@code openssl x509
 * -text} prints). Each block decodes to DER or to a precise reason it does not.
 */
public final class PemBlocks {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)(?:-----END \\1-----|\\z)", Pattern.DOTALL);

    private PemBlocks() {
    }

    /** One PEM block: its label, position among the blocks, and the DER or why it could not be decoded. */
    public record Block(int index, String label, byte[] der, String problem) {
        public boolean decoded() {
            return der != null;
        }
    }

    public static boolean looksLikePem(String text) {
        return text.contains("-----BEGIN ");
    }

    public static List<Block> extract(String text) {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        int index = 0;
        while (matcher.find()) {
            String label = matcher.group(1);
            String body = matcher.group(2);
            boolean terminated = matcher.group(0).endsWith("-----END " + label + "-----");
            if (!terminated) {
                blocks.add(new Block(index++, label, null, "truncated PEM: no -----END " + label + "----- line"));
                break;
            }
            blocks.add(decode(index++, label, body));
        }
        return blocks;
    }

    private static Block decode(int index, String label, String body) {
        StringBuilder base64 = new StringBuilder(body.length());
        for (String line : body.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.contains(":") && !trimmed.contains("=")) {
                continue; // RFC 1421 headers such as Proc-Type
            }
            base64.append(trimmed);
        }
        String data = base64.toString();
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/' || c == '=')) {
                return new Block(index, label, null, String.format("invalid base64: character '%s' at position %d", c, i));
            }
        }
        if (data.length() % 4 != 0) {
            return new Block(index, label, null, "truncated base64: " + data.length() + " characters is not a multiple of 4");
        }
        try {
            return new Block(index, label, Base64.getDecoder().decode(data), null);
        } catch (IllegalArgumentException e) {
            return new Block(index, label, null, "invalid base64: " + e.getMessage());
        }
    }
}
