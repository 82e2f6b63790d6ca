package org.casebook.analysis;

/**
 * Walks raw ASN.1 bytes without building objects, bounded in nesting depth and size, and names the
 * first place where they break the encoding rules: X.690's basic rules (BER) always, and the
 * distinguished rules (DER, X.690 section 10-11) when asked. Runs in time linear in the input and in
 * stack depth at most {@link #MAX_DEPTH}, so hostile input can neither hang it nor overflow the stack.
 * <p>
 * It knows the universal types, not the certificate schema: DEFAULT values encoded explicitly are
 * caught by {@code CertificateView.nonDerReason()}, which adds the schema.
 */
public final class DerScanner {

    /** Deepest nesting accepted; a certificate needs about ten levels. */
    public static final int MAX_DEPTH = 32;
    /** Largest input accepted: a certificate, and real ones are a few KB. */
    public static final int MAX_BYTES = 64 * 1024;

    public enum Rules {
        /** Distinguished encoding: definite minimal lengths, minimal integers, canonical booleans and times, sorted SETs. */
        DER,
        /** Basic encoding: what lenient parsers accept, still bounded and well-formed. */
        BER
    }

    /** Where and why the input breaks the rules. */
    public record Violation(int offset, String reason) {
        public String message() {
            return reason + " at offset " + offset;
        }
    }

    private static final class Stop extends RuntimeException {
        final transient Violation violation;

        Stop(int offset, String reason) {
            super(reason, null, false, false);
            this.violation = new Violation(offset, reason);
        }
    }

    private final byte[] in;
    private final boolean der;

    private DerScanner(byte[] in, Rules rules) {
        this.in = in;
        this.der = rules == Rules.DER;
    }

    /** The first violation, or null when {@code bytes} are exactly one well-formed element under {@code rules}. */
    public static Violation check(byte[] bytes, Rules rules) {
        return check(bytes, rules, MAX_BYTES);
    }

    /** As {@link #check(byte[], Rules)}, with a size limit of the caller's (a CRL can hold millions of entries). */
    public static Violation check(byte[] bytes, Rules rules, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            return new Violation(0, "empty input");
        }
        if (bytes.length > maxBytes) {
            return new Violation(maxBytes, "too large: " + bytes.length + " bytes (limit " + maxBytes + ")");
        }
        try {
            DerScanner scanner = new DerScanner(bytes, rules);
            int end = scanner.element(0, bytes.length, 1, false);
            if (end < bytes.length) {
                return new Violation(end, "trailing bytes: " + (bytes.length - end) + " byte(s) after the outermost element");
            }
            return null;
        } catch (Stop stop) {
            return stop.violation;
        }
    }

    /** Scans one element starting at {@code pos}, which must end by {@code limit}; returns the offset after it. */
    private int element(int pos, int limit, int depth, boolean insideIndefinite) {
        if (depth > MAX_DEPTH) {
            throw new Stop(pos, "nested too deep: more than " + MAX_DEPTH + " levels");
        }
        int start = pos;
        int first = in[pos++] & 0xff;
        int tagClass = first >>> 6;
        boolean constructed = (first & 0x20) != 0;
        long tagNumber = first & 0x1f;
        if (tagNumber == 0x1f) {
            tagNumber = 0;
            int octets = 0;
            while (true) {
                if (pos >= limit) {
                    throw new Stop(start, "truncated: tag runs past the end of its container");
                }
                int b = in[pos++] & 0xff;
                if (octets == 0 && b == 0x80) {
                    throw new Stop(start, "tag number encoded with a leading zero group");
                }
                if (++octets > 4) {
                    throw new Stop(start, "tag number too large");
                }
                tagNumber = (tagNumber << 7) | (b & 0x7f);
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            if (tagNumber < 31) {
                throw new Stop(start, "tag number " + tagNumber + " in the long form, which is reserved for numbers of 31 and above");
            }
        }
        if (pos >= limit) {
            throw new Stop(start, "truncated: no length after the tag");
        }
        int lengthOctet = in[pos++] & 0xff;
        boolean universal = tagClass == 0;
        if (universal && tagNumber == 0) {
            throw new Stop(start, insideIndefinite ? "malformed end-of-contents marker" : "end-of-contents marker outside an indefinite-length element");
        }
        if (lengthOctet == 0x80) {
            if (der) {
                throw new Stop(start, "indefinite length (BER); DER requires a definite length");
            }
            if (!constructed) {
                throw new Stop(start, "indefinite length on a primitive element");
            }
            int p = pos;
            while (true) {
                if (p + 2 > limit) {
                    throw new Stop(start, "truncated: indefinite-length element has no end-of-contents marker");
                }
                if (in[p] == 0 && in[p + 1] == 0) {
                    return p + 2;
                }
                p = element(p, limit, depth + 1, true);
            }
        }
        if (lengthOctet == 0xff) {
            throw new Stop(start, "reserved length octet 0xFF");
        }
        long length;
        if ((lengthOctet & 0x80) == 0) {
            length = lengthOctet;
        } else {
            int count = lengthOctet & 0x7f;
            if (count > 4) {
                throw new Stop(start, "length field of " + count + " octets is too large");
            }
            if (pos + count > limit) {
                throw new Stop(start, "truncated: length field runs past the end of its container");
            }
            if (der && in[pos] == 0) {
                throw new Stop(start, "non-minimal length: leading zero octet in the length field");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (in[pos++] & 0xff);
            }
            if (der && length < 0x80) {
                throw new Stop(start, "non-minimal length: long form used for length " + length);
            }
        }
        if (length > limit - pos) {
            throw new Stop(start, "truncated: length " + length + " exceeds the " + (limit - pos) + " byte(s) available");
        }
        int contentStart = pos;
        int end = pos + (int) length;
        if (universal) {
            checkUniversal(start, (int) tagNumber, constructed, contentStart, end);
        }
        if (constructed) {
            int p = contentStart;
            int previousStart = -1;
            while (p < end) {
                int childStart = p;
                p = element(p, end, depth + 1, false);
                if (der && universal && tagNumber == 17 && previousStart >= 0
                        && compare(previousStart, childStart, childStart, p) > 0) {
                    throw new Stop(childStart, "SET elements out of order; DER sorts them by their encodings");
                }
                previousStart = childStart;
            }
        }
        return end;
    }

    private void checkUniversal(int start, int tag, boolean constructed, int from, int to) {
        int length = to - from;
        switch (tag) {
            case 1 -> {
                primitiveOnly(start, constructed, "BOOLEAN");
                if (length != 1) {
                    throw new Stop(start, "BOOLEAN of " + length + " octets; it must be one");
                }
                int value = in[from] & 0xff;
                if (der && value != 0x00 && value != 0xff) {
                    throw new Stop(start, String.format("BOOLEAN value 0x%02X; DER allows only 0x00 and 0xFF", value));
                }
            }
            case 2, 10 -> {
                String name = tag == 2 ? "INTEGER" : "ENUMERATED";
                primitiveOnly(start, constructed, name);
                if (length == 0) {
                    throw new Stop(start, name + " with no content octets");
                }
                if (der && length > 1) {
                    int b0 = in[from] & 0xff;
                    int b1 = in[from + 1] & 0x80;
                    if (b0 == 0x00 && b1 == 0 || b0 == 0xff && b1 != 0) {
                        throw new Stop(start, "non-minimal " + name + ": redundant leading " + (b0 == 0 ? "0x00" : "0xFF") + " octet");
                    }
                }
            }
            case 3 -> {
                if (constructed) {
                    stringSegments(start, "BIT STRING");
                    return;
                }
                if (length == 0) {
                    throw new Stop(start, "BIT STRING with no unused-bits octet");
                }
                int unused = in[from] & 0xff;
                if (unused > 7 || length == 1 && unused != 0) {
                    throw new Stop(start, "BIT STRING declares " + unused + " unused bits");
                }
                if (der && unused > 0 && (in[to - 1] & ((1 << unused) - 1)) != 0) {
                    throw new Stop(start, "BIT STRING unused bits are not zero");
                }
            }
            case 5 -> {
                primitiveOnly(start, constructed, "NULL");
                if (length != 0) {
                    throw new Stop(start, "NULL with " + length + " content octets");
                }
            }
            case 6, 13 -> {
                String name = tag == 6 ? "OBJECT IDENTIFIER" : "RELATIVE-OID";
                primitiveOnly(start, constructed, name);
                if (length == 0) {
                    throw new Stop(start, name + " with no content octets");
                }
                boolean atGroupStart = true;
                for (int i = from; i < to; i++) {
                    int b = in[i] & 0xff;
                    if (atGroupStart && b == 0x80) {
                        throw new Stop(start, name + " arc encoded with a leading zero group");
                    }
                    atGroupStart = (b & 0x80) == 0;
                }
                if (!atGroupStart) {
                    throw new Stop(start, name + " ends in the middle of an arc");
                }
            }
            case 16, 17 -> {
                if (!constructed) {
                    throw new Stop(start, (tag == 16 ? "SEQUENCE" : "SET") + " encoded as primitive");
                }
            }
            case 23 -> {
                if (constructed) {
                    stringSegments(start, "UTCTime");
                } else if (der) {
                    checkUtcTime(start, from, to);
                }
            }
            case 24 -> {
                if (constructed) {
                    stringSegments(start, "GeneralizedTime");
                } else if (der) {
                    checkGeneralizedTime(start, from, to);
                }
            }
            case 4, 12, 18, 19, 20, 21, 22, 25, 26, 27, 28, 30 -> {
                if (constructed) {
                    stringSegments(start, "string type " + tag);
                }
            }
            default -> {
            }
        }
    }

    private static void primitiveOnly(int start, boolean constructed, String name) {
        if (constructed) {
            throw new Stop(start, name + " encoded as constructed");
        }
    }

    private void stringSegments(int start, String name) {
        if (der) {
            throw new Stop(start, "constructed (segmented) " + name + "; DER requires the primitive form");
        }
    }

    /** X.690 11.8: YYMMDDHHMMSSZ. */
    private void checkUtcTime(int start, int from, int to) {
        if (to - from != 13 || in[to - 1] != 'Z' || !digits(from, to - 1)) {
            throw new Stop(start, "UTCTime '" + ascii(from, to) + "' is not in the DER form YYMMDDHHMMSSZ");
        }
    }

    /** X.690 11.7: YYYYMMDDHHMMSS[.fff]Z without trailing zeros in the fraction. */
    private void checkGeneralizedTime(int start, int from, int to) {
        int length = to - from;
        boolean ok = length >= 15 && in[to - 1] == 'Z' && digits(from, from + 14);
        if (ok && length > 15) {
            ok = in[from + 14] == '.' && length > 17 && digits(from + 15, to - 1) && in[to - 2] != '0';
        }
        if (!ok) {
            throw new Stop(start, "GeneralizedTime '" + ascii(from, to) + "' is not in the DER form YYYYMMDDHHMMSS[.fff]Z");
        }
    }

    private boolean digits(int from, int to) {
        for (int i = from; i < to; i++) {
            if (in[i] < '0' || in[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private String ascii(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < Math.min(to, from + 32); i++) {
            int b = in[i] & 0xff;
            text.append(b >= 0x20 && b < 0x7f ? (char) b : '?');
        }
        return text.toString();
    }

    /** X.690 11.6: unsigned octet comparison, a shorter encoding padded with zeros at its end. */
    private int compare(int aFrom, int aTo, int bFrom, int bTo) {
        int n = Math.max(aTo - aFrom, bTo - bFrom);
        for (int i = 0; i < n; i++) {
            int a = aFrom + i < aTo ? in[aFrom + i] & 0xff : 0;
            int b = bFrom + i < bTo ? in[bFrom + i] & 0xff : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }
}
