package org.casebook.bulkimport;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a corpus upload is, told from its first bytes. */
public enum CorpusFormat {
    /** PEM blocks, with any text between them (e.g. {@code openssl x509 -text} output). */
    PEM("pem"),
    /** One JSON value per line holding base64 DER: {"der": ...}, {"leaf_input": ..., "extra_data": ...} as RFC 6962 get-entries gives, or a bare string. */
    JSON_LINES("json-lines"),
    /** A zip of PEM, JSON-lines and DER files. */
    ZIP("zip"),
    /** DER certificates one after another. */
    DER("der");

    /** How far into an upload the first PEM line is looked for (text before it, such as an openssl dump, is allowed). */
    public static final int SNIFF_BYTES = 256 * 1024;

    private final String code;

    CorpusFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CorpusFormat ofCode(String code) {
        for (CorpusFormat format : values()) {
            if (format.code.equals(code)) {
                return format;
            }
        }
        throw new IllegalArgumentException("no corpus format " + code);
    }

    /** The format of an upload (or zip entry) that starts with {@code head}; empty when it is none of them. */
    public static Optional<CorpusFormat> detect(byte[] head, int length) {
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(ZIP);
        }
        int first = 0;
        if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            first = 3; // a UTF-8 byte order mark
        }
        while (first < length && Character.isWhitespace(head[first])) {
            first++;
        }
        if (first == length) {
            return Optional.empty();
        }
        if (first == 0 && head[0] == 0x30) {
            return Optional.of(DER);
        }
        if (head[first] == '{' || head[first] == '"') {
            return Optional.of(JSON_LINES);
        }
        if (new String(head, 0, length, StandardCharsets.ISO_8859_1).contains("-----BEGIN ")) {
            return Optional.of(PEM);
        }
        return Optional.empty();
    }
}
