package org.casebook.bulkimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.casebook.analysis.CertificateParser;

/**
 * The items of a corpus upload, one at a time, in a bounded amount of memory whatever the upload's size: PEM blocks,
 * JSON lines, DER certificates one after another, or the files of a zip holding any of those. Reading the same file
 * again gives the same items with the same numbers, which is what lets a job resume after its last committed item.
 */
public final class CorpusItems implements Closeable {

    /** A JSON line (or PEM line) longer than this is an item rejected as too long, not read into memory. */
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    /** Fields of a JSON line that may hold the base64 DER, looked for in this order (and one level down in objects). */
    static final List<String> DER_FIELDS = List.of("der", "cert", "certificate", "raw", "as_der", "cert_der", "leaf_cert", "data");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream file;
    private final Source top;
    private long number;

    private CorpusItems(InputStream file, CorpusFormat format) {
        this.file = file;
        this.top = format == CorpusFormat.ZIP ? new ZipSource(file) : source(format, new ByteLines(file, 64 * 1024), "");
    }

    public static CorpusItems open(Path path, CorpusFormat format) throws IOException {
        return new CorpusItems(Files.newInputStream(path), format);
    }

    public static CorpusItems of(InputStream in, CorpusFormat format) {
        return new CorpusItems(in, format);
    }

    /** The format of a spooled upload, from its first bytes; empty when it is none that a corpus import reads. */
    public static Optional<CorpusFormat> detect(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(CorpusFormat.SNIFF_BYTES);
            return CorpusFormat.detect(head, head.length);
        }
    }

    /** The next item, or null after the last. */
    public CorpusItem next() throws IOException {
        Raw raw = top.next();
        return raw == null ? null : new CorpusItem(++number, raw.source(), raw.der(), raw.problem());
    }

    /** Reads past {@code count} items (to resume after them); false when there were fewer. */
    public boolean skip(long count) throws IOException {
        for (long i = 0; i < count; i++) {
            if (next() == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private record Raw(String source, byte[] der, String problem) {
        static Raw of(String source, byte[] der) {
            return new Raw(source, der, null);
        }

        static Raw problem(String source, String problem) {
            return new Raw(source, null, problem);
        }
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private static Raw nonEmpty(String source, byte[] der) {
        return der.length == 0 ? Raw.problem(source, "not a certificate: no bytes") : Raw.of(source, der);
    }

    private interface Source {
        Raw next() throws IOException;
    }

    private static Source source(CorpusFormat format, ByteLines in, String prefix) {
        return switch (format) {
            case PEM -> new PemSource(in, prefix);
            case JSON_LINES -> new JsonLinesSource(in, prefix);
            case DER -> new DerSource(in, prefix);
            case ZIP -> throw new IllegalArgumentException("a zip is read by ZipSource");
        };
    }

    /** PEM blocks; text outside them is ignored, blocks that are not certificates are items with that reason. */
    private static final class PemSource implements Source {
        private final ByteLines in;
        private final String prefix;
        private long line;

        PemSource(ByteLines in, String prefix) {
            this.in = in;
            this.prefix = prefix;
        }

        @Override
        public Raw next() throws IOException {
            while (true) {
                byte[] bytes = in.line(MAX_LINE_BYTES);
                if (bytes == null) {
                    return null;
                }
                line++;
                String text = new String(bytes, StandardCharsets.ISO_8859_1).strip();
                if (!text.startsWith("-----BEGIN ") || !text.endsWith("-----") || text.length() < 16) {
                    continue;
                }
                String label = text.substring(11, text.length() - 5);
                String source = prefix + "line " + line;
                StringBuilder body = new StringBuilder();
                boolean tooLarge = false;
                while (true) {
                    byte[] next = in.line(MAX_LINE_BYTES);
                    if (next == null) {
                        return Raw.problem(source, "not a certificate: the PEM block '" + label + "' has no -----END line");
                    }
                    line++;
                    String bodyLine = new String(next, StandardCharsets.ISO_8859_1).strip();
                    if (bodyLine.startsWith("-----END ")) {
                        break;
                    }
                    if (next == ByteLines.TOO_LONG || body.length() + bodyLine.length() > 2 * CertificateParser.MAX_CERTIFICATE_BYTES) {
                        tooLarge = true;
                    } else if (!tooLarge && bodyLine.indexOf(':') < 0) {
                        body.append(bodyLine);
                    }
                }
                if (!label.equals("CERTIFICATE") && !label.equals("X509 CERTIFICATE")) {
                    return Raw.problem(source, "not a certificate: a PEM block labelled '" + label + "'");
                }
                if (tooLarge) {
                    return Raw.problem(source, "too large: the PEM block holds more than " + CertificateParser.MAX_CERTIFICATE_BYTES
                            + " bytes, a certificate may have at most that");
                }
                try {
                    return nonEmpty(source, Base64.getDecoder().decode(body.toString()));
                } catch (IllegalArgumentException e) {
                    return Raw.problem(source, "not a certificate: invalid base64 in the PEM block: " + e.getMessage());
                }
            }
        }
    }

    /** One JSON value per non-blank line. */
    private static final class JsonLinesSource implements Source {
        private final ByteLines in;
        private final String prefix;
        private long line;

        JsonLinesSource(ByteLines in, String prefix) {
            this.in = in;
            this.prefix = prefix;
        }

        @Override
        public Raw next() throws IOException {
            while (true) {
                byte[] bytes = in.line(MAX_LINE_BYTES);
                if (bytes == null) {
                    return null;
                }
                line++;
                String source = prefix + "line " + line;
                if (bytes == ByteLines.TOO_LONG) {
                    return Raw.problem(source, "too large: the line is longer than " + MAX_LINE_BYTES + " bytes");
                }
                if (blank(bytes)) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(bytes);
                } catch (JsonProcessingException e) {
                    return Raw.problem(source, "not JSON: " + e.getOriginalMessage());
                }
                try {
                    return nonEmpty(source, derOf(node, 0));
                } catch (IllegalArgumentException e) {
                    return Raw.problem(source, e.getMessage());
                }
            }
        }

        private static boolean blank(byte[] bytes) {
            for (byte b : bytes) {
                if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] derOf(JsonNode node, int depth) {
            if (node.isTextual()) {
                return base64(node.asText());
            }
            if (node.isObject()) {
                if (node.hasNonNull("leaf_input")) {
                    return ctEntry(node);
                }
                for (String field : DER_FIELDS) {
                    JsonNode value = node.get(field);
                    if (value != null && (value.isTextual() || value.isObject() && depth < 2)) {
                        return derOf(value, depth + 1);
                    }
                }
            }
            throw new IllegalArgumentException("not a certificate: the line holds no base64 DER (a string, a field named "
                    + String.join(", ", DER_FIELDS) + ", or an RFC 6962 leaf_input)");
        }

        private static byte[] base64(String text) {
            String bare = WHITE_SPACE.matcher(text).replaceAll("");
            try {
                return bare.indexOf('-') >= 0 || bare.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(bare) : Base64.getDecoder().decode(bare);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a certificate: invalid base64: " + e.getMessage());
            }
        }

        /**
         * An RFC 6962 get-entries entry: the MerkleTreeLeaf in leaf_input holds an X.509 certificate itself; for a
         * precertificate the certificate as logged is the first of extra_data's PrecertChainEntry.
         */
        private static byte[] ctEntry(JsonNode node) {
            byte[] leaf = base64(node.get("leaf_input").asText());
            if (leaf.length < 12 || leaf[0] != 0 || leaf[1] != 0) {
                throw new IllegalArgumentException("not a certificate: leaf_input is not a version 1 timestamped MerkleTreeLeaf");
            }
            int entryType = ((leaf[10] & 0xff) << 8) | (leaf[11] & 0xff);
            if (entryType == 0) {
                return opaque24(leaf, 12, "leaf_input's x509_entry");
            }
            if (entryType == 1) {
                if (!node.hasNonNull("extra_data")) {
                    throw new IllegalArgumentException("not a certificate: a precert_entry without extra_data holding the precertificate");
                }
                return opaque24(base64(node.get("extra_data").asText()), 0, "extra_data's pre_certificate");
            }
            throw new IllegalArgumentException("not a certificate: leaf_input has entry type " + entryType + " (0 and 1 are defined)");
        }

        private static byte[] opaque24(byte[] bytes, int at, String what) {
            if (bytes.length < at + 3) {
                throw new IllegalArgumentException("not a certificate: " + what + " is cut short");
            }
            int length = ((bytes[at] & 0xff) << 16) | ((bytes[at + 1] & 0xff) << 8) | (bytes[at + 2] & 0xff);
            if (bytes.length < at + 3 + length) {
                throw new IllegalArgumentException("not a certificate: " + what + " says " + length + " bytes but has " + (bytes.length - at - 3));
            }
            return Arrays.copyOfRange(bytes, at + 3, at + 3 + length);
        }
    }

    /** DER SEQUENCEs one after another; anything else ends the stream (there is no telling where the next would start). */
    private static final class DerSource implements Source {
        private final ByteLines in;
        private final String prefix;
        private long offset;
        private boolean lost;

        DerSource(ByteLines in, String prefix) {
            this.in = in;
            this.prefix = prefix;
        }

        @Override
        public Raw next() throws IOException {
            if (lost) {
                return null;
            }
            long at = offset;
            String source = prefix + "byte " + at;
            int tag = in.read();
            if (tag < 0) {
                return null;
            }
            offset++;
            if (tag != 0x30) {
                lost = true;
                return Raw.problem(source, String.format("not a certificate: DER data must start with a SEQUENCE (0x30), found 0x%02x;"
                        + " nothing after it is read", tag));
            }
            int first = in.read();
            offset++;
            long length;
            byte[] header;
            if (first < 0) {
                lost = true;
                return Raw.problem(source, "truncated: the file ends inside a DER header");
            } else if (first < 0x80) {
                length = first;
                header = new byte[] {0x30, (byte) first};
            } else {
                int octets = first & 0x7f;
                if (octets == 0 || octets > 4) {
                    lost = true;
                    return Raw.problem(source, "not a certificate: a DER length of " + (octets == 0 ? "indefinite form" : octets + " octets")
                            + "; nothing after it is read");
                }
                byte[] lengthBytes = in.read(octets);
                if (lengthBytes == null) {
                    lost = true;
                    return Raw.problem(source, "truncated: the file ends inside a DER header");
                }
                offset += octets;
                length = 0;
                for (byte b : lengthBytes) {
                    length = (length << 8) | (b & 0xff);
                }
                header = new byte[2 + octets];
                header[0] = 0x30;
                header[1] = (byte) first;
                System.arraycopy(lengthBytes, 0, header, 2, octets);
            }
            if (length + header.length > CertificateParser.MAX_CERTIFICATE_BYTES) {
                if (!in.skip(length)) {
                    lost = true;
                }
                offset += length;
                return Raw.problem(source, "too large: " + (length + header.length) + " bytes, a certificate may have at most "
                        + CertificateParser.MAX_CERTIFICATE_BYTES);
            }
            byte[] body = in.read((int) length);
            if (body == null) {
                lost = true;
                return Raw.problem(source, "truncated: the DER says " + length + " bytes but the file ends before");
            }
            offset += length;
            byte[] der = Arrays.copyOf(header, header.length + body.length);
            System.arraycopy(body, 0, der, header.length, body.length);
            return Raw.of(source, der);
        }
    }

    /** The files of a zip, each read by the source its first bytes call for. */
    private static final class ZipSource implements Source {
        private final ZipInputStream zip;
        private Source current;
        private boolean damaged;

        ZipSource(InputStream file) {
            this.zip = new ZipInputStream(new BufferedInputStream(file, 64 * 1024));
        }

        @Override
        public Raw next() throws IOException {
            while (true) {
                if (damaged) {
                    return null;
                }
                try {
                    if (current != null) {
                        Raw raw = current.next();
                        if (raw != null) {
                            return raw;
                        }
                        current = null;
                    }
                    ZipEntry entry = zip.getNextEntry();
                    if (entry == null) {
                        return null;
                    }
                    if (entry.isDirectory()) {
                        continue;
                    }
                    String name = entry.getName();
                    ByteLines in = new ByteLines(zip, 8 * 1024);
                    byte[] head = in.peek(4096);
                    if (head.length == 0) {
                        continue;
                    }
                    Optional<CorpusFormat> format = CorpusFormat.detect(head, head.length);
                    if (format.isEmpty() && head.length == 4096) {
                        head = in.peek(CorpusFormat.SNIFF_BYTES);
                        format = CorpusFormat.detect(head, head.length);
                    }
                    if (format.isEmpty()) {
                        return Raw.problem(name, "not a certificate file: " + name + " is neither PEM, JSON lines nor DER");
                    }
                    if (format.get() == CorpusFormat.ZIP) {
                        return Raw.problem(name, "not read: " + name + " is a zip inside the zip");
                    }
                    current = source(format.get(), in, name + ", ");
                } catch (ZipException e) {
                    damaged = true;
                    return Raw.problem("the zip", "the zip is damaged, nothing after this point is read: " + e.getMessage());
                }
            }
        }
    }
}
