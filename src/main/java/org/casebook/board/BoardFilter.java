package org.casebook.board;

/** What the board is narrowed to: one CA (slug), one kind of obligation, one manager; null means any. */
public record BoardFilter(String ca, String kind, String manager) {

    public static final BoardFilter NONE = new BoardFilter(null, null, null);

    public BoardFilter {
        ca = blankToNull(ca);
        kind = blankToNull(kind);
        manager = blankToNull(manager);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filter as a query string ({@code ?ca=wosign&kind=answer}), empty when there is none. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "ca", ca);
        append(query, "kind", kind);
        append(query, "manager", manager);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
