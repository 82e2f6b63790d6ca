package org.casebook.issue;

/**
 * Allocates issue letter codes between two existing ones without changing either.
 *
 * <p>Codes are strings of the letters A to Z compared as plain strings, so "F" &lt; "FM" &lt; "G". A
 * code never ends in 'A': with that rule there is always room between any two codes (nothing fits
 * between "F" and "FA"), which is what lets an issue be slotted in anywhere, forever.
 */
public final class IssueLetters {

    private static final char FIRST = 'A';
    private static final int RADIX = 26;

    private IssueLetters() {
    }

    /**
     * A code that sorts strictly after {@code before} and strictly before {@code after}.
     *
     * @param before the code to follow, or null for "before everything"
     * @param after the code to precede, or null for "after everything"
     */
    public static String between(String before, String after) {
        String low = before == null ? "" : before;
        if (!low.isEmpty()) {
            requireValid(low);
        }
        if (after != null) {
            requireValid(after);
            if (low.compareTo(after) >= 0) {
                throw new IllegalArgumentException("'" + low + "' does not sort before '" + after + "'");
            }
        }
        return midpoint(low, after);
    }

    /** True when the code is usable: one or more of A-Z, not ending in 'A'. */
    public static boolean isValid(String code) {
        if (code == null || code.isEmpty() || code.length() > 16) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return code.charAt(code.length() - 1) != FIRST;
    }

    private static void requireValid(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an issue letter code (A-Z, not ending in A)");
        }
    }

    /** low may be "" (no lower bound); high may be null (no upper bound); low &lt; high. */
    private static String midpoint(String low, String high) {
        if (high != null) {
            int common = 0;
            while (common < high.length() && digitAt(low, common) == high.charAt(common) - FIRST) {
                common++;
            }
            if (common > 0) {
                return high.substring(0, common) + midpoint(suffix(low, common), high.substring(common));
            }
        }
        int lowDigit = low.isEmpty() ? 0 : low.charAt(0) - FIRST;
        int highDigit = high == null ? RADIX : high.charAt(0) - FIRST;
        if (highDigit - lowDigit > 1) {
            return String.valueOf((char) (FIRST + (lowDigit + highDigit + 1) / 2));
        }
        // Adjacent first letters: a longer code under the high one, if it is itself longer.
        if (high != null && high.length() > 1) {
            return high.substring(0, 1);
        }
        return (char) (FIRST + lowDigit) + midpoint(low.isEmpty() ? "" : low.substring(1), null);
    }

    private static int digitAt(String s, int i) {
        return i < s.length() ? s.charAt(i) - FIRST : 0;
    }

    private static String suffix(String s, int from) {
        return from < s.length() ? s.substring(from) : "";
    }
}
