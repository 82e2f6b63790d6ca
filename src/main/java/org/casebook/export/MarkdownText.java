package org.casebook.export;

/**
 * Escaping for user text placed into a Markdown document, so that a title or a name cannot open a
 * heading, a link, a table cell or raw HTML of its own.
 */
public final class MarkdownText {

    private static final String SPECIAL = "\\`*_{}[]()<>#+-.!|~&";

    private MarkdownText() {
    }

    /** Plain text made inert for inline Markdown; newlines become spaces. */
    public static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.replace('\r', ' ').replace('\n', ' ').toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Text for a GFM table cell: inline-escaped (pipes included) and on one line. */
    public static String cell(String text) {
        return inline(text);
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
