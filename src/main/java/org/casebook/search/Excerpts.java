package org.casebook.search;

import java.util.List;
import java.util.Locale;

/** Short pieces of a text around the first search term found in it, for "why it matched". */
public final class Excerpts {

    private static final int AROUND = 50;

    private Excerpts() {
    }

    /** The excerpt around the first of the terms (lower case) found in the text, or null when none is. */
    public static String around(String text, List<String> terms) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String term : terms) {
            int at = lower.indexOf(term);
            if (at >= 0) {
                int from = Math.max(0, at - AROUND);
                int to = Math.min(text.length(), at + term.length() + AROUND);
                String piece = text.substring(from, to).replaceAll("\\s+", " ").strip();
                return (from > 0 ? "…" : "") + piece + (to < text.length() ? "…" : "");
            }
        }
        return null;
    }

    /** A LIKE pattern for "contains term", with '!' as the escape character. */
    public static String containsPattern(String term) {
        return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
