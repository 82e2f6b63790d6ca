package org.casebook.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded walk over BER/DER tag-length-value structure, without building objects: it finds where
 * an element ends, lists an element's children, and says precisely what is wrong (truncated,
 * trailing bytes, nested too deep) before any parser that could recurse without limit sees the bytes.
 */
final class DerStructure {

    /** Real certificates nest about 7 levels, a PKCS#7 bundle about 12; hostile input may nest thousands. */
    static final int MAX_DEPTH = 32;

    /** One element's header: where it starts, its tag byte, and where its content starts and ends. */
    record Element(int offset, int tag, int contentStart, int contentEnd, int end, boolean indefinite) {
        boolean constructed() {
            return (tag & 0x20) != 0;
        }
    }

    /** The bytes are not well-formed BER; the message names the problem and the offset. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private DerStructure() {
    }

    /** Checks that {@code bytes} hold exactly one well-formed element nesting at most {@link #MAX_DEPTH} deep. */
    static Element single(byte[] bytes) throws Malformed {
        if (bytes.length == 0) {
            throw new Malformed("empty: no bytes");
        }
        Element top = element(bytes, 0, bytes.length, 1);
        if (top.end() < bytes.length) {
            throw new Malformed("trailing bytes: " + (bytes.length - top.end()) + " byte(s) after the element that ends at offset " + top.end());
        }
        return top;
    }

    /** The element at {@code offset}, checked through all its descendants, within {@code limit}. */
    static Element element(byte[] bytes, int offset, int limit, int depth) throws Malformed {
        Element header = header(bytes, offset, limit);
        if (!header.constructed()) {
            return header;
        }
        if (depth > MAX_DEPTH) {
            throw new Malformed("nested too deep: more than " + MAX_DEPTH + " levels of ASN.1 at offset " + offset);
        }
        int position = header.contentStart();
        if (!header.indefinite()) {
            while (position < header.contentEnd()) {
                position = element(bytes, position, header.contentEnd(), depth + 1).end();
            }
            return header;
        }
        while (true) {
            if (position + 1 < limit && bytes[position] == 0 && bytes[position + 1] == 0) {
                return new Element(offset, header.tag(), header.contentStart(), position, position + 2, true);
            }
            if (position >= limit) {
                throw new Malformed("truncated: the indefinite-length element at offset " + offset + " has no end-of-contents marker");
            }
            position = element(bytes, position, limit, depth + 1).end();
        }
    }

    /** The direct children of a constructed element that {@link #element} has already checked. */
    static List<Element> children(byte[] bytes, Element parent) throws Malformed {
        List<Element> children = new ArrayList<>();
        int position = parent.contentStart();
        while (position < parent.contentEnd()) {
            Element child = element(bytes, position, parent.contentEnd(), 1);
            children.add(child);
            position = child.end();
        }
        return children;
    }

    private static Element header(byte[] bytes, int offset, int limit) throws Malformed {
        int position = offset;
        if (position >= limit) {
            throw new Malformed("truncated: expected an element at offset " + offset);
        }
        int tag = bytes[position++] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            int tagBytes = 0;
            while (true) {
                if (position >= limit) {
                    throw new Malformed("truncated: the tag at offset " + offset + " is cut off");
                }
                int b = bytes[position++] & 0xff;
                if (++tagBytes > 4) {
                    throw new Malformed("malformed ASN.1: the tag number at offset " + offset + " is longer than 4 bytes");
                }
                if ((b & 0x80) == 0) {
                    break;
                }
            }
        }
        if (position >= limit) {
            throw new Malformed("truncated: the length of the element at offset " + offset + " is missing");
        }
        int first = bytes[position++] & 0xff;
        if (first == 0x80) {
            if ((tag & 0x20) == 0) {
                throw new Malformed("malformed ASN.1: a primitive element at offset " + offset + " has an indefinite length");
            }
            return new Element(offset, tag, position, -1, -1, true);
        }
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int lengthBytes = first & 0x7f;
            if (lengthBytes > 4) {
                throw new Malformed("malformed ASN.1: the length of the element at offset " + offset + " takes " + lengthBytes + " bytes");
            }
            if (position + lengthBytes > limit) {
                throw new Malformed("truncated: the length of the element at offset " + offset + " is cut off");
            }
            length = 0;
            for (int i = 0; i < lengthBytes; i++) {
                length = (length << 8) | (bytes[position++] & 0xff);
            }
        }
        if (position + length > limit) {
            throw new Malformed("truncated: the element at offset " + offset + " declares " + length + " bytes of content but only "
                    + (limit - position) + " follow");
        }
        int end = (int) (position + length);
        return new Element(offset, tag, position, end, end, false);
    }
}
