package org.casebook.analysis.lints.support;

import java.util.Locale;

/** Decoding of IDNA A-labels ("xn--" followed by Punycode, RFC 3492); the JDK's IDN class hides decoding failures. */
public final class Punycode {

    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;

    private Punycode() {
    }

    public static boolean isALabel(String label) {
        return label.toLowerCase(Locale.ROOT).startsWith("xn--");
    }

    /** The Unicode form of an A-label, or null when its Punycode is malformed. */
    public static String toUnicode(String aLabel) {
        return decode(aLabel.substring(4));
    }

    static String decode(String input) {
        int delimiter = input.lastIndexOf('-');
        StringBuilder output = new StringBuilder();
        int[] codePoints = new int[input.length()];
        int length = 0;
        for (int j = 0; j < Math.max(delimiter, 0); j++) {
            char c = input.charAt(j);
            if (c >= 0x80) {
                return null;
            }
            codePoints[length++] = c;
        }
        int n = INITIAL_N;
        int bias = INITIAL_BIAS;
        long i = 0;
        int in = delimiter > 0 ? delimiter + 1 : 0;
        while (in < input.length()) {
            long oldI = i;
            long w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= input.length()) {
                    return null;
                }
                int digit = digit(input.charAt(in++));
                if (digit < 0) {
                    return null;
                }
                i += digit * w;
                if (i > Integer.MAX_VALUE) {
                    return null;
                }
                int t = k <= bias ? T_MIN : Math.min(k - bias, T_MAX);
                if (digit < t) {
                    break;
                }
                w *= BASE - t;
                if (w > Integer.MAX_VALUE) {
                    return null;
                }
            }
            bias = adapt((int) (i - oldI), length + 1, oldI == 0);
            n += (int) (i / (length + 1));
            i %= length + 1;
            if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) {
                return null;
            }
            if (length + 1 > codePoints.length) {
                int[] grown = new int[codePoints.length * 2 + 1];
                System.arraycopy(codePoints, 0, grown, 0, length);
                codePoints = grown;
            }
            System.arraycopy(codePoints, (int) i, codePoints, (int) i + 1, length - (int) i);
            codePoints[(int) i] = n;
            length++;
            i++;
        }
        for (int k = 0; k < length; k++) {
            output.appendCodePoint(codePoints[k]);
        }
        return output.toString();
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0' + 26;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return -1;
    }

    private static int adapt(int delta, int points, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        return k + (BASE - T_MIN + 1) * delta / (delta + SKEW);
    }
}
