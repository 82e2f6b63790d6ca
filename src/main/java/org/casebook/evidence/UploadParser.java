package org.casebook.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.PemBlocks;

/**
 * Turns an upload into certificates: PEM text (with other text around the blocks, as {@code openssl
 * x509 -text} prints), PEM bundles, single DER certificates, PKCS#7 bundles (DER or PEM "PKCS7"), and
 * bare base64. Every item comes back on its own, accepted or rejected with a precise reason, so that
 * one bad item never costs the good ones beside it. Nothing here throws on bad input.
 */
public final class UploadParser {

    /** DER of the OID 1.2.840.113549.1.7.2 (PKCS#7 signedData), content octets only. */
    private static final byte[] SIGNED_DATA_OID = {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x07, 0x02};
    private static final Set<String> CERTIFICATE_LABELS = Set.of("CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE");
    private static final Set<String> PKCS7_LABELS = Set.of("PKCS7", "PKCS #7 SIGNED DATA", "CMS");

    private final int maxItems;

    public UploadParser(int maxItems) {
        this.maxItems = maxItems;
    }

    /** One file or body of an upload: a name to cite in reasons (file name, "body", "pasted text") and its bytes. */
    public record Part(String name, byte[] bytes) {
    }

    /** What became of one item. */
    public sealed interface Outcome permits Accepted, Rejected {
    }

    public record Accepted(CertificateView certificate) implements Outcome {
    }

    public record Rejected(String reason) implements Outcome {
    }

    /** One item of the upload, numbered from 0 in the order the items appear; {@code source} says where it came from. */
    public record Item(int index, String source, Outcome outcome) {
        public boolean accepted() {
            return outcome instanceof Accepted;
        }

        public CertificateView certificate() {
            return outcome instanceof Accepted a ? a.certificate() : null;
        }

        public String reason() {
            return outcome instanceof Rejected r ? r.reason() : null;
        }
    }

    /** The items found, or {@code tooManyItems} when the upload holds more than the limit (the items are then incomplete). */
    public record Upload(List<Item> items, boolean tooManyItems) {
        public List<Item> accepted() {
            return items.stream().filter(Item::accepted).toList();
        }

        public List<Item> rejected() {
            return items.stream().filter(i -> !i.accepted()).toList();
        }
    }

    public Upload parse(List<Part> parts) {
        Collector collector = new Collector();
        for (Part part : parts) {
            if (collector.full()) {
                break;
            }
            parsePart(part, collector);
        }
        return new Upload(List.copyOf(collector.items), collector.overflow);
    }

    public Upload parse(Part part) {
        return parse(List.of(part));
    }

    private final class Collector {
        final List<Item> items = new ArrayList<>();
        boolean overflow;

        boolean full() {
            return overflow;
        }

        void add(String source, Outcome outcome) {
            if (items.size() >= maxItems) {
                overflow = true;
                return;
            }
            items.add(new Item(items.size(), source, outcome));
        }
    }

    private void parsePart(Part part, Collector out) {
        byte[] bytes = part.bytes() == null ? new byte[0] : part.bytes();
        String name = part.name();
        if (bytes.length == 0) {
            out.add(name, new Rejected("empty: " + name + " has no bytes"));
            return;
        }
        if ((bytes[0] & 0xff) == 0x30) {
            parseBinary(name, bytes, out);
            return;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (PemBlocks.looksLikePem(text)) {
            parsePem(name, text, out);
            return;
        }
        String bare = text.replaceAll("\\s+", "");
        // The smallest real certificates are a few hundred bytes; shorter "base64" is just words.
        if (bare.length() >= 200 && bare.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '='))) {
            if (bare.length() % 4 != 0) {
                out.add(name, new Rejected("truncated base64: " + bare.length() + " characters is not a multiple of 4"));
                return;
            }
            try {
                parseBinary(name + " (base64)", Base64.getDecoder().decode(bare), out);
            } catch (IllegalArgumentException e) {
                out.add(name, new Rejected("invalid base64: " + e.getMessage()));
            }
            return;
        }
        if (text.isBlank()) {
            out.add(name, new Rejected("empty: " + name + " holds only white space"));
            return;
        }
        out.add(name, new Rejected(String.format(
                "not a certificate: %s is neither PEM text (no -----BEGIN line), base64, nor DER (it starts with byte 0x%02x, a DER certificate with 0x30)",
                name, bytes[0] & 0xff)));
    }

    private void parsePem(String name, String text, Collector out) {
        List<PemBlocks.Block> blocks = PemBlocks.extract(text);
        if (blocks.isEmpty()) {
            out.add(name, new Rejected("not a certificate: " + name + " has a -----BEGIN line but no PEM block"
                    + " (the label must be upper-case letters, digits and spaces, as in -----BEGIN CERTIFICATE-----)"));
            return;
        }
        for (PemBlocks.Block block : blocks) {
            if (out.full()) {
                return;
            }
            String source = name + ", PEM block " + (block.index() + 1);
            if (!block.decoded()) {
                out.add(source, new Rejected(block.problem()));
            } else if (CERTIFICATE_LABELS.contains(block.label())) {
                byte[] der = block.der();
                if (block.label().equals("TRUSTED CERTIFICATE")) {
                    der = firstElement(der); // OpenSSL appends its trust settings after the certificate
                }
                out.add(source, certificate(der));
            } else if (PKCS7_LABELS.contains(block.label())) {
                parsePkcs7(source, block.der(), out);
            } else {
                out.add(source, new Rejected("not a certificate: a PEM block labelled '" + block.label() + "'"
                        + (block.label().contains("PRIVATE KEY") ? " (never upload private keys)" : "")));
            }
        }
    }

    /** One binary part: a DER certificate or a DER/BER PKCS#7 bundle. */
    private void parseBinary(String name, byte[] bytes, Collector out) {
        if (isPkcs7(bytes)) {
            parsePkcs7(name, bytes, out);
        } else {
            out.add(name, certificate(bytes));
        }
    }

    /** One DER certificate as an upload reads it: accepted (strictly, or leniently when misissued) or rejected with the reason. */
    public static Outcome certificate(byte[] der) {
        if (der.length > CertificateParser.MAX_CERTIFICATE_BYTES) {
            return new Rejected("too large: " + der.length + " bytes, a certificate may have at most " + CertificateParser.MAX_CERTIFICATE_BYTES);
        }
        try {
            DerStructure.single(der);
        } catch (DerStructure.Malformed e) {
            return new Rejected(e.getMessage());
        }
        try {
            return new Accepted(CertificateParser.parseDer(der));
        } catch (CertificateParseException | RuntimeException strict) {
            // A misissued certificate is evidence: what zlint's parser reads is kept, and lints report
            // its defects (not DER, empty issuer, repeated extensions...). Only non-certificates are refused.
            try {
                return new Accepted(CertificateParser.parseLenient(der));
            } catch (CertificateParseException e) {
                return new Rejected(e.getMessage());
            } catch (RuntimeException e) {
                // Bouncy Castle signals some structural errors with unchecked exceptions.
                return new Rejected("not a certificate: " + e.getMessage());
            }
        }
    }

    private static boolean isPkcs7(byte[] bytes) {
        try {
            DerStructure.Element top = DerStructure.element(bytes, 0, bytes.length, 1);
            if (top.tag() != 0x30) {
                return false;
            }
            DerStructure.Element first = DerStructure.element(bytes, top.contentStart(), top.indefinite() ? bytes.length : top.contentEnd(), 2);
            return first.tag() == 0x06 && Arrays.equals(Arrays.copyOfRange(bytes, first.contentStart(), first.contentEnd()), SIGNED_DATA_OID);
        } catch (DerStructure.Malformed e) {
            return false;
        }
    }

    /**
     * ContentInfo { contentType signedData, [0] EXPLICIT SignedData { version, digestAlgorithms,
     * encapContentInfo, [0] IMPLICIT certificates OPTIONAL, ... } } (RFC 5652 5.1). Each certificate is
     * cut out of the original bytes, so that its SHA-256 is that of the certificate as issued.
     */
    private void parsePkcs7(String name, byte[] bytes, Collector out) {
        List<DerStructure.Element> certificates;
        try {
            DerStructure.Element contentInfo = DerStructure.single(bytes);
            List<DerStructure.Element> parts = DerStructure.children(bytes, contentInfo);
            if (parts.size() < 2 || parts.get(0).tag() != 0x06
                    || !Arrays.equals(Arrays.copyOfRange(bytes, parts.get(0).contentStart(), parts.get(0).contentEnd()), SIGNED_DATA_OID)) {
                out.add(name, new Rejected("not a certificate: a PKCS#7 structure that is not signedData"));
                return;
            }
            if (parts.get(1).tag() != 0xa0) {
                out.add(name, new Rejected("malformed PKCS#7: expected [0] content after the signedData type"));
                return;
            }
            List<DerStructure.Element> explicit = DerStructure.children(bytes, parts.get(1));
            if (explicit.size() != 1 || explicit.get(0).tag() != 0x30) {
                out.add(name, new Rejected("malformed PKCS#7: the signedData content is not one SEQUENCE"));
                return;
            }
            certificates = DerStructure.children(bytes, explicit.get(0)).stream()
                    .filter(e -> e.tag() == 0xa0)
                    .findFirst()
                    .map(set -> {
                        try {
                            return DerStructure.children(bytes, set);
                        } catch (DerStructure.Malformed e) {
                            return List.<DerStructure.Element>of();
                        }
                    })
                    .orElse(List.of());
        } catch (DerStructure.Malformed e) {
            out.add(name, new Rejected(e.getMessage() + " (in a PKCS#7 bundle)"));
            return;
        }
        if (certificates.isEmpty()) {
            out.add(name, new Rejected("not a certificate: the PKCS#7 bundle holds no certificates"));
            return;
        }
        int position = 0;
        for (DerStructure.Element element : certificates) {
            if (out.full()) {
                return;
            }
            String source = name + ", PKCS#7 certificate " + (++position);
            if (element.tag() != 0x30) {
                out.add(source, new Rejected(String.format("not a certificate: a PKCS#7 certificate choice with tag 0x%02x"
                        + " (attribute or other certificate formats are not X.509 certificates)", element.tag())));
            } else {
                out.add(source, certificate(Arrays.copyOfRange(bytes, element.offset(), element.end())));
            }
        }
    }

    private static byte[] firstElement(byte[] der) {
        try {
            DerStructure.Element first = DerStructure.element(der, 0, der.length, 1);
            return Arrays.copyOfRange(der, 0, first.end());
        } catch (DerStructure.Malformed e) {
            return der; // the certificate check reports the problem
        }
    }
}
