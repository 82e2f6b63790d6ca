package org.casebook.web;

import java.util.Arrays;

/**
 * The version of a record that a change was made against, and where it came from: an {@code If-Match} header
 * (stale: 412), a {@code "version"} in a JSON body or an edit form's hidden field (stale: 409), or nothing
 * (the change applies to whatever is current). The API's ETag of a record is its version in quotes ({@code "7"}).
 */
public final class ExpectedVersion {

    public enum Source { NONE, IF_MATCH, BODY, FORM }

    public static final ExpectedVersion NONE = new ExpectedVersion(Source.NONE, null, false);

    private final Source source;
    /** The entity tag text of If-Match, or the version of a body or form. */
    private final String ifMatch;
    private final boolean any;
    private final Long version;

    private ExpectedVersion(Source source, String ifMatch, boolean any) {
        this(source, ifMatch, any, null);
    }

    private ExpectedVersion(Source source, String ifMatch, boolean any, Long version) {
        this.source = source;
        this.ifMatch = ifMatch;
        this.any = any;
        this.version = version;
    }

    /** If-Match wins over a version in the body; a request with neither applies to the current version. */
    public static ExpectedVersion of(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            return new ExpectedVersion(Source.IF_MATCH, ifMatch.strip(), ifMatch.strip().equals("*"));
        }
        return bodyVersion == null ? NONE : new ExpectedVersion(Source.BODY, null, false, bodyVersion);
    }

    public static ExpectedVersion ifMatch(String ifMatch) {
        return of(ifMatch, null);
    }

    /** The hidden "version" field of an edit form; blank on forms that create something. */
    public static ExpectedVersion form(String hidden) {
        String v = Inputs.blankToNull(hidden);
        if (v == null) {
            return NONE;
        }
        try {
            return new ExpectedVersion(Source.FORM, null, false, Long.valueOf(v));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("version: '" + v + "' is not a version number");
        }
    }

    public Source source() {
        return source;
    }

    /** Whether a record now at {@code current} is the one the change was made against. */
    public boolean matches(long current) {
        return switch (source) {
            case NONE -> true;
            case BODY, FORM -> version == current;
            // Strong comparison (RFC 9110 13.1.1): a weak tag W/"7" never matches.
            case IF_MATCH -> any || Arrays.stream(ifMatch.split(",")).map(String::strip).anyMatch(tag -> tag.equals(etag(current)));
        };
    }

    /** What the client said it had: "version 5", "If-Match \"5\"". */
    public String describe() {
        return source == Source.IF_MATCH ? "If-Match " + ifMatch : "version " + version;
    }

    /** The version the client had: from the body or form, or the first "N" tag of If-Match; null when unknown. */
    public Long version() {
        if (source == Source.IF_MATCH) {
            java.util.regex.Matcher tag = java.util.regex.Pattern.compile("^\"([0-9]{1,18})\"").matcher(ifMatch);
            return tag.find() ? Long.valueOf(tag.group(1)) : null;
        }
        return version;
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
