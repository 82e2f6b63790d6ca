package org.casebook.incident.checks;

/** The start of a text, for naming the row or item a warning is about. */
final class Excerpts {

    private static final int LENGTH = 60;

    private Excerpts() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= LENGTH ? flat : flat.substring(0, LENGTH - 1) + "…";
    }
}
