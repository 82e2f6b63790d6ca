package org.casebook.analysis.lints.support;

import java.util.Locale;

/**
 * Reads the scheme and host of a URL the way a lenient URL parser does (RFC 3986 scheme syntax), without
 * resolving anything. zlint judges AIA, CRL and CPS locations by their scheme alone.
 */
public final class UriSyntax {

    private UriSyntax() {
    }

    /**
     * The lower-cased scheme, "" when the text has no scheme (a relative reference), or null when it cannot
     * be a URL at all (it starts with ':' or holds control characters).
     */
    public static String scheme(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) < 0x20 || uri.charAt(i) == 0x7f) {
                return null;
            }
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                continue;
            }
            if ((c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') && i > 0) {
                continue;
            }
            if (c == ':') {
                return i == 0 ? null : uri.substring(0, i).toLowerCase(Locale.ROOT);
            }
            return "";
        }
        return "";
    }

    /** The host part of an absolute URL ("" when there is no authority), without user info or port. */
    public static String host(String uri) {
        String scheme = scheme(uri);
        if (scheme == null || scheme.isEmpty()) {
            return "";
        }
        String rest = uri.substring(scheme.length() + 1);
        if (!rest.startsWith("//")) {
            return "";
        }
        int end = 2;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(2, end);
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close < 0 ? hostPort : hostPort.substring(1, close);
        }
        int colon = hostPort.indexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }
}
