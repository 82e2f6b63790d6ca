package org.casebook.export;

/**
 * Escaping for user text placed into a Markdown document, so that a title or a name cannot open a
 * heading, a list, a link, emphasis, a table cell or raw HTML of its own, while reading as the text it is:
 * a character is escaped only where CommonMark (with GFM tables) would otherwise read it as markup.
 * {@code MarkdownRoundTripTests} renders exports back to text and compares them with the fields they came from.
 */
public final class MarkdownText {

    /** ASCII punctuation: what a backslash escapes (CommonMark 2.4). */
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final java.util.regex.Pattern ORDERED_LIST = java.util.regex.Pattern.compile("[0-9]{1,9}[.)](\\s.*)?");
    private static final java.util.regex.Pattern THEMATIC_BREAK = java.util.regex.Pattern.compile("([-*_])(\\s*\\1){2,}\\s*");
    private static final java.util.regex.Pattern TABLE_DELIMITER_ROW = java.util.regex.Pattern.compile("[|:\\-\\s]*-[|:\\-\\s]*");

    private MarkdownText() {
    }

    /**
     * Plain text made inert for inline Markdown that may begin a line (a heading's text, a list item, a quoted line);
     * newlines become spaces.
     */
    public static String inline(String text) {
        return escape(text, true, false);
    }

    /** Text for a GFM table cell: on one line, its pipes escaped; a cell holds no blocks, so its start needs nothing. */
    public static String cell(String text) {
        return escape(text, false, true);
    }

    private static String escape(String raw, boolean lineStart, boolean inCell) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace('\r', ' ').replace('\n', ' ');
        if (lineStart) {
            text = text.stripLeading(); // four spaces would open an indented code block; a paragraph drops them anyway
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int lead = lineStart ? blockMarkerAt(text) : -1;
        int closingHashes = lineStart ? closingSequenceAt(text) : -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean escape = switch (c) {
                // a backslash escapes the punctuation after it, and ends a line as a hard break
                case '\\' -> i + 1 == text.length() || ASCII_PUNCTUATION.indexOf(after) >= 0;
                case '`', '[', ']' -> true;
                // emphasis needs a delimiter next to non-space; '_' inside a word never is one
                case '*' -> !(Character.isWhitespace(before) && Character.isWhitespace(after)) || i == 0 || i + 1 == text.length();
                case '_' -> !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after) && i > 0 && i + 1 < text.length());
                // raw HTML and autolinks begin "<" + a letter, "/", "!" or "?"
                case '<' -> Character.isLetter(after) || after == '/' || after == '!' || after == '?';
                case '&' -> ENTITY.matcher(text).region(i, text.length()).lookingAt();
                case '|' -> inCell;
                default -> false;
            };
            if (c == '<' && escape) {
                out.append("&lt;"); // rather than "\\<": the export then never holds a tag's text, even escaped
                continue;
            }
            if (escape || i == lead || i == closingHashes) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The index of the character that would make this text, at the start of a line, open a block (ATX heading, block
     * quote, bullet or ordered list, thematic break, setext underline, fence, table delimiter row); -1 when none.
     */
    private static int blockMarkerAt(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == ' ') {
            first++;
        }
        if (first == text.length()) {
            return -1;
        }
        String line = text.substring(first);
        char c = line.charAt(0);
        boolean spaceAfter = line.length() == 1 || line.charAt(1) == ' ' || line.charAt(1) == '\t';
        if (c == '#' && line.matches("#{1,6}(\\s.*)?")) {
            return first;
        }
        if (c == '>' || ((c == '-' || c == '+' || c == '*') && spaceAfter) || line.startsWith("~~~") || line.matches("=+\\s*")
                || THEMATIC_BREAK.matcher(line).matches()) {
            return first;
        }
        if (line.indexOf('|') >= 0 && TABLE_DELIMITER_ROW.matcher(line).matches()) {
            return first;
        }
        if (ORDERED_LIST.matcher(line).matches()) {
            int digits = 0;
            while (Character.isDigit(line.charAt(digits))) {
                digits++;
            }
            return first + digits;
        }
        return -1;
    }

    /** The first '#' of a closing sequence (" ##" at the end), which an ATX heading would drop; -1 when none. */
    private static int closingSequenceAt(String text) {
        String trimmed = text.stripTrailing();
        int hashes = trimmed.length();
        while (hashes > 0 && trimmed.charAt(hashes - 1) == '#') {
            hashes--;
        }
        boolean closing = hashes < trimmed.length() && hashes > 0 && (trimmed.charAt(hashes - 1) == ' ' || trimmed.charAt(hashes - 1) == '\t');
        return closing ? hashes : -1;
    }

    /** A URL usable as a link target, or null when it is not http(s)/mailto/site-relative. */
    public static String url(String url) {
        if (url == null || url.isBlank() || !org.casebook.web.MarkdownHtml.isAllowedUrl(url)) {
            return null;
        }
        return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }

    /** A link, or just the escaped label when the URL is not allowed. */
    public static String link(String label, String url) {
        String safe = url(url);
        return safe == null ? inline(label) : "[" + inline(label) + "](" + safe + ")";
    }

    /**
     * User-written Markdown embedded under a heading of level {@code level}: its own headings are pushed
     * below that level, and raw HTML is neutralised (the page renders it as text too).
     */
    public static String block(String markdown, int level) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
                out.add(line);
                continue;
            }
            if (fenced) {
                out.add(line);
                continue;
            }
            if (trimmed.startsWith("#") && line.length() - trimmed.length() < 4) {
                int hashes = 0;
                while (hashes < trimmed.length() && trimmed.charAt(hashes) == '#') {
                    hashes++;
                }
                int newLevel = Math.min(6, hashes + level);
                line = "#".repeat(newLevel) + trimmed.substring(hashes);
                if (hashes + level > 6) {
                    line = "**" + trimmed.substring(hashes).strip() + "**";
                }
            }
            // A setext underline makes the line above a heading: the same heading, pushed below our level.
            boolean underline = trimmed.matches("=+\\s*") || trimmed.matches("-+\\s*");
            String previous = out.isEmpty() ? "" : out.get(out.size() - 1);
            if (underline && !previous.isBlank() && line.length() - trimmed.length() < 4 && isParagraphText(previous)) {
                int headingLevel = (trimmed.startsWith("=") ? 1 : 2) + level;
                String text = previous.strip();
                out.set(out.size() - 1, headingLevel > 6 ? "**" + text + "**" : "#".repeat(headingLevel) + " " + text);
                continue;
            }
            if (trimmed.matches("=+\\s*")) {
                line = "\\" + trimmed;
            }
            out.add(neutraliseLinks(line.replace("<", "&lt;")));
        }
        if (fenced) {
            out.add("```");
        }
        return String.join("\n", out).stripTrailing() + "\n";
    }

    /** A line that can be the text of a setext heading (not a list item, quote, heading, table row or break). */
    private static boolean isParagraphText(String line) {
        String t = line.strip();
        return !(t.startsWith("#") || t.startsWith(">") || t.startsWith("|") || t.matches("[-*+] .*") || t.matches("\\d+[.)] .*")
                || t.matches("[-*_ ]{3,}") || t.startsWith("```") || t.startsWith("~~~") || line.startsWith("    "));
    }

    private static final java.util.regex.Pattern UNSAFE_INLINE_LINK =
            java.util.regex.Pattern.compile("\\]\\((?!\\s*(https?://|mailto:|/|#))", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern UNSAFE_LINK_DEFINITION =
            java.util.regex.Pattern.compile("^(\\s{0,3})\\[(?=[^\\]]*\\]:(?!\\s*(https?://|mailto:|/|#)))", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Links and link definitions whose target is not http(s), mailto or a site path stop being links, so
     * that a viewer which does not sanitise URLs cannot be handed a javascript: link. Conservative: a
     * target it cannot see on the same line (or spelled with entities) is neutralised too.
     */
    static String neutraliseLinks(String line) {
        String inline = UNSAFE_INLINE_LINK.matcher(line).replaceAll("]\\\\(");
        return UNSAFE_LINK_DEFINITION.matcher(inline).replaceAll("$1\\\\[");
    }
}
