package org.casebook.evidence;

/**
 * Display text cut to the size of its column. A hostile but parseable certificate (a subject of sixty
 * organisational units, a finding quoting it) must still be storable as evidence; the text says how much was cut.
 */
public final class ColumnText {

    private ColumnText() {
    }

    /** {@code text} if it fits in {@code columnLength} characters; otherwise its start and a note of what was left out. */
    public static String fit(String text, int columnLength) {
        if (text == null || text.length() <= columnLength) {
            return text;
        }
        String note = " [" + text.length() + " characters, cut to fit]";
        return text.substring(0, columnLength - note.length()) + note;
    }
}
