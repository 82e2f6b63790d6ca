package org.casebook.web;

/**
 * What every text field accepts, in one place: no control characters except newline, tab and carriage
 * return (text areas send CRLF line ends), and no broken UTF-16 (a surrogate without its partner). JSON
 * escapes such as {@code \u0000} or {@code \ud800} would otherwise reach storage, exports and other tools.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Null when the text is acceptable, otherwise what is wrong with it ("contains the control character U+0000 at position 2"). */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate " + codePoint(c) + " at position " + (i + 1) + " (broken UTF-16)";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate " + codePoint(c) + " at position " + (i + 1) + " (broken UTF-16)";
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                return "contains the control character " + codePoint(c) + " at position " + (i + 1)
                        + " (only newline, carriage return and tab are allowed)";
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
