package org.casebook.analysis.lints.rfc5280;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * One ASN.1 TLV exactly as encoded. Several RFC 5280 rules are about the encoding itself (a FALSE that
 * DER says must be omitted, a string type, unused bits), which a decoded Bouncy Castle object no longer
 * shows, so these lints read the bytes.
 */
record Der(int tagClass, boolean constructed, int tagNumber, byte[] content, byte[] encoded) {

    static final int UNIVERSAL = 0;
    static final int CONTEXT = 2;

    static final int BOOLEAN = 1;
    static final int INTEGER = 2;
    static final int BIT_STRING = 3;
    static final int OCTET_STRING = 4;
    static final int NULL = 5;
    static final int OID = 6;
    static final int UTF8_STRING = 12;
    static final int SEQUENCE = 16;
    static final int SET = 17;
    static final int PRINTABLE_STRING = 19;
    static final int T61_STRING = 20;
    static final int IA5_STRING = 22;
    static final int UTC_TIME = 23;
    static final int GENERALIZED_TIME = 24;
    static final int VISIBLE_STRING = 26;
    static final int UNIVERSAL_STRING = 28;
    static final int BMP_STRING = 30;

    /** Reads the single TLV at the start of {@code data}; trailing bytes are ignored. */
    static Der parse(byte[] data) {
        return read(data, 0);
    }

    private static Der read(byte[] data, int offset) {
        int pos = offset;
        int first = byteAt(data, pos++);
        int tagClass = first >> 6;
        boolean constructed = (first & 0x20) != 0;
        int tagNumber = first & 0x1f;
        if (tagNumber == 0x1f) {
            tagNumber = 0;
            int b;
            do {
                b = byteAt(data, pos++);
                tagNumber = (tagNumber << 7) | (b & 0x7f);
                if (tagNumber > (1 << 24)) {
                    throw new IllegalArgumentException("tag number too large");
                }
            } while ((b & 0x80) != 0);
        }
        int lengthByte = byteAt(data, pos++);
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
                length = (length << 8) | byteAt(data, pos++);
            }
        }
        if (pos + length > data.length) {
            throw new IllegalArgumentException("truncated: TLV needs " + length + " content octets, " + (data.length - pos) + " left");
        }
        int end = pos + (int) length;
        return new Der(tagClass, constructed, tagNumber, Arrays.copyOfRange(data, pos, end), Arrays.copyOfRange(data, offset, end));
    }

    private static int byteAt(byte[] data, int pos) {
        if (pos >= data.length) {
            throw new IllegalArgumentException("truncated ASN.1");
        }
        return data[pos] & 0xff;
    }

    /** The TLVs inside a constructed value, in order. */
    List<Der> children() {
        List<Der> children = new ArrayList<>();
        int pos = 0;
        while (pos < content.length) {
            Der child = read(content, pos);
            children.add(child);
            pos += child.encoded.length;
        }
        return children;
    }

    boolean isUniversal(int number) {
        return tagClass == UNIVERSAL && tagNumber == number;
    }

    boolean isContext(int number) {
        return tagClass == CONTEXT && tagNumber == number;
    }

    ASN1ObjectIdentifier oid() {
        if (!isUniversal(OID)) {
            throw new IllegalArgumentException("expected an OBJECT IDENTIFIER, found tag " + tagNumber);
        }
        return ASN1ObjectIdentifier.getInstance(encoded);
    }

    BigInteger integer() {
        if (content.length == 0) {
            throw new IllegalArgumentException("empty INTEGER");
        }
        return new BigInteger(content);
    }

    /** The content octets as text: Latin-1 for the byte-per-character types, else the type's encoding. */
    String text() {
        return switch (tagNumber) {
            case UTF8_STRING -> new String(content, StandardCharsets.UTF_8);
            case BMP_STRING -> new String(content, StandardCharsets.UTF_16BE);
            case UNIVERSAL_STRING -> new String(content, java.nio.charset.Charset.forName("UTF-32BE"));
            default -> new String(content, StandardCharsets.ISO_8859_1);
        };
    }

    ASN1Primitive asn1() {
        try {
            return ASN1Primitive.fromByteArray(encoded);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** True when every content octet is 7-bit ASCII, the IA5String alphabet. */
    boolean isIa5() {
        for (byte b : content) {
            if ((b & 0x80) != 0) {
                return false;
            }
        }
        return true;
    }
}
