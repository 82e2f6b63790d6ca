package org.casebook.analysis.lints.support;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * One ASN.1 TLV exactly as encoded. Several RFC 5280 rules are about the encoding itself (a FALSE that
 * DER says must be omitted, a string type, unused bits), which a decoded Bouncy Castle object no longer
 * shows, so these lints read the bytes.
 * <p>
 * A TLV is a window on the bytes it was read from, which must not change afterwards. The lints of one
 * certificate ask the same questions of the same TLVs many times, so children, octet copies, OID and
 * text are worked out on first use and kept; the fields are volatile, so a view shared between threads
 * at worst computes a value twice.
 */
public final class Der {

    public static final int UNIVERSAL = 0;
    public static final int CONTEXT = 2;

    public static final int BOOLEAN = 1;
    public static final int INTEGER = 2;
    public static final int BIT_STRING = 3;
    public static final int OCTET_STRING = 4;
    public static final int NULL = 5;
    public static final int OID = 6;
    public static final int UTF8_STRING = 12;
    public static final int SEQUENCE = 16;
    public static final int SET = 17;
    public static final int PRINTABLE_STRING = 19;
    public static final int T61_STRING = 20;
    public static final int IA5_STRING = 22;
    public static final int UTC_TIME = 23;
    public static final int GENERALIZED_TIME = 24;
    public static final int VISIBLE_STRING = 26;
    public static final int UNIVERSAL_STRING = 28;
    public static final int BMP_STRING = 30;

    private static final java.nio.charset.Charset UTF_32BE = java.nio.charset.Charset.forName("UTF-32BE");

    private final byte[] data;
    private final int start;
    private final int contentStart;
    private final int end;
    private final int tagClass;
    private final boolean constructed;
    private final int tagNumber;

    private volatile List<Der> children;
    private volatile byte[] content;
    private volatile byte[] encoded;
    private volatile ASN1ObjectIdentifier oid;
    private volatile String text;

    private Der(byte[] data, int start, int contentStart, int end, int tagClass, boolean constructed, int tagNumber) {
        this.data = data;
        this.start = start;
        this.contentStart = contentStart;
        this.end = end;
        this.tagClass = tagClass;
        this.constructed = constructed;
        this.tagNumber = tagNumber;
    }

    /** Reads the single TLV at the start of {@code data}; trailing bytes are ignored. */
    public static Der parse(byte[] data) {
        return read(data, 0, data.length);
    }

    /** Reads the single TLV at the start of the content octets (an OCTET STRING's payload); trailing bytes are ignored. */
    public Der parseContent() {
        return read(data, contentStart, end);
    }

    private static Der read(byte[] data, int offset, int limit) {
        int pos = offset;
        int first = byteAt(data, pos++, limit);
        int tagClass = first >> 6;
        boolean constructed = (first & 0x20) != 0;
        int tagNumber = first & 0x1f;
        if (tagNumber == 0x1f) {
            tagNumber = 0;
            int b;
            do {
                b = byteAt(data, pos++, limit);
                tagNumber = (tagNumber << 7) | (b & 0x7f);
                if (tagNumber > (1 << 24)) {
                    throw new IllegalArgumentException("tag number too large");
                }
            } while ((b & 0x80) != 0);
        }
        int lengthByte = byteAt(data, pos++, limit);
        long length;
        if (lengthByte < 0x80) {
            length = lengthByte;
        } else if (lengthByte == 0x80) {
            throw new IllegalArgumentException("indefinite length");
        } else {
            int count = lengthByte & 0x7f;
            if (count > 4) {
                throw new IllegalArgumentException("length of " + count + " octets");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | byteAt(data, pos++, limit);
            }
        }
        if (pos + length > limit) {
            throw new IllegalArgumentException("truncated: TLV needs " + length + " content octets, " + (limit - pos) + " left");
        }
        return new Der(data, offset, pos, pos + (int) length, tagClass, constructed, tagNumber);
    }

    private static int byteAt(byte[] data, int pos, int limit) {
        if (pos >= limit) {
            throw new IllegalArgumentException("truncated ASN.1");
        }
        return data[pos] & 0xff;
    }

    public int tagClass() {
        return tagClass;
    }

    public boolean constructed() {
        return constructed;
    }

    public int tagNumber() {
        return tagNumber;
    }

    /** The content octets (a copy made once; do not modify). */
    public byte[] content() {
        byte[] known = content;
        if (known == null) {
            known = Arrays.copyOfRange(data, contentStart, end);
            content = known;
        }
        return known;
    }

    /** Identifier, length and content octets (a copy made once; do not modify). */
    public byte[] encoded() {
        byte[] known = encoded;
        if (known == null) {
            known = Arrays.copyOfRange(data, start, end);
            encoded = known;
        }
        return known;
    }

    /** Number of content octets. */
    int length() {
        return end - contentStart;
    }

    /** Content octet {@code index} as 0-255. */
    public int contentByte(int index) {
        if (index < 0 || index >= end - contentStart) {
            throw new IndexOutOfBoundsException(index);
        }
        return data[contentStart + index] & 0xff;
    }

    /** True when both TLVs are the same octets. */
    public boolean sameEncoding(Der other) {
        return Arrays.equals(data, start, end, other.data, other.start, other.end);
    }

    /** The TLVs inside a constructed value, in order (unmodifiable). */
    public List<Der> children() {
        List<Der> known = children;
        if (known == null) {
            List<Der> out = new ArrayList<>();
            int pos = contentStart;
            while (pos < end) {
                Der child = read(data, pos, end);
                out.add(child);
                pos = child.end;
            }
            known = Collections.unmodifiableList(out);
            children = known;
        }
        return known;
    }

    public boolean isUniversal(int number) {
        return tagClass == UNIVERSAL && tagNumber == number;
    }

    public boolean isContext(int number) {
        return tagClass == CONTEXT && tagNumber == number;
    }

    public ASN1ObjectIdentifier oid() {
        if (!isUniversal(OID)) {
            throw new IllegalArgumentException("expected an OBJECT IDENTIFIER, found tag " + tagNumber);
        }
        if (constructed) {
            throw new IllegalArgumentException("constructed OBJECT IDENTIFIER");
        }
        ASN1ObjectIdentifier known = oid;
        if (known == null) {
            known = ASN1ObjectIdentifier.fromContents(content());
            oid = known;
        }
        return known;
    }

    public BigInteger integer() {
        if (length() == 0) {
            throw new IllegalArgumentException("empty INTEGER");
        }
        return new BigInteger(data, contentStart, length());
    }

    /** The content octets as text: Latin-1 for the byte-per-character types, else the type's encoding. */
    public String text() {
        String known = text;
        if (known == null) {
            known = switch (tagNumber) {
                case UTF8_STRING -> new String(data, contentStart, length(), StandardCharsets.UTF_8);
                case BMP_STRING -> new String(data, contentStart, length(), StandardCharsets.UTF_16BE);
                case UNIVERSAL_STRING -> new String(data, contentStart, length(), UTF_32BE);
                default -> latin1();
            };
            text = known;
        }
        return known;
    }

    /** The content octets one character each (how IA5String and URI text is read here). */
    String latin1() {
        return new String(data, contentStart, length(), StandardCharsets.ISO_8859_1);
    }

    ASN1Primitive asn1() {
        try {
            return ASN1Primitive.fromByteArray(encoded());
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** True when every content octet is 7-bit ASCII, the IA5String alphabet. */
    public boolean isIa5() {
        for (int i = contentStart; i < end; i++) {
            if ((data[i] & 0x80) != 0) {
                return false;
            }
        }
        return true;
    }
}
