package org.casebook.analysis.lints.support;

/**
 * A URI split the way Go's net/url.Parse splits it (zlint's reference behaviour): scheme, opaque part,
 * authority (userinfo, host with port) and path; or the reason it is refused.
 */
public record GoUrl(String scheme, String opaque, boolean hasUserInfo, String host, String path, String error) {

    public static GoUrl parse(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return failed("control character in URL");
            }
        }
        int hash = raw.indexOf('#');
        String rest = hash >= 0 ? raw.substring(0, hash) : raw;
        if (hash >= 0 && !validEscapes(raw.substring(hash + 1))) {
            return failed("invalid escape in fragment");
        }
        String scheme = "";
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (Character.isLetter(c) && c < 0x80) {
                continue;
            }
            if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    break;
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    return failed("missing protocol scheme");
                }
                scheme = rest.substring(0, i).toLowerCase(java.util.Locale.ROOT);
                rest = rest.substring(i + 1);
            }
            break;
        }
        int question = rest.indexOf('?');
        if (question >= 0) {
            rest = rest.substring(0, question);
        }
        if (!rest.startsWith("/")) {
            if (!scheme.isEmpty()) {
                return new GoUrl(scheme, rest, false, "", "", null);
            }
            int colon = rest.indexOf(':');
            int slash = rest.indexOf('/');
            if (colon >= 0 && (slash < 0 || colon < slash)) {
                return failed("first path segment in URL cannot contain colon");
            }
        }
        String host = "";
        boolean userInfo = false;
        if (rest.startsWith("//") && (!scheme.isEmpty() || !rest.startsWith("///"))) {
            String authority = rest.substring(2);
            int slash = authority.indexOf('/');
            rest = slash >= 0 ? authority.substring(slash) : "";
            authority = slash >= 0 ? authority.substring(0, slash) : authority;
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                userInfo = true;
                if (!validUserInfo(authority.substring(0, at))) {
                    return failed("invalid userinfo");
                }
                authority = authority.substring(at + 1);
            }
            String problem = hostProblem(authority);
            if (problem != null) {
                return failed(problem);
            }
            host = authority;
        }
        if (!validEscapes(rest)) {
            return failed("invalid escape in path");
        }
        return new GoUrl(scheme, "", userInfo, host, rest, null);
    }

    private static GoUrl failed(String reason) {
        return new GoUrl("", "", false, "", "", reason);
    }

    public boolean failed() {
        return error != null;
    }

    /** The host without a port or IPv6 brackets. */
    public String hostName() {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close > 0 ? host.substring(1, close) : host;
        }
        int colon = host.lastIndexOf(':');
        return colon >= 0 ? host.substring(0, colon) : host;
    }

    private static String hostProblem(String host) {
        String name = host;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) {
                return "missing ']' in host";
            }
            String after = host.substring(close + 1);
            if (!after.isEmpty() && !validPort(after)) {
                return "invalid port after host";
            }
            name = host.substring(1, close);
        } else {
            int colon = host.lastIndexOf(':');
            if (colon >= 0) {
                if (!validPort(host.substring(colon))) {
                    return "invalid port";
                }
                name = host.substring(0, colon);
            }
        }
        if (!validEscapes(name)) {
            return "invalid escape in host";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x80 && !Character.isLetterOrDigit(c) && "-_.~!$&'()*+,;=:[]<>\"%".indexOf(c) < 0) {
                return "invalid character in host name";
            }
        }
        return null;
    }

    private static boolean validPort(String colonPort) {
        if (!colonPort.startsWith(":")) {
            return false;
        }
        for (int i = 1; i < colonPort.length(); i++) {
            if (!Character.isDigit(colonPort.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean validUserInfo(String userInfo) {
        for (int i = 0; i < userInfo.length(); i++) {
            char c = userInfo.charAt(i);
            if (c < 0x80 && !Character.isLetterOrDigit(c) && "-._:~!$&'()*+,;=%@".indexOf(c) < 0) {
                return false;
            }
        }
        return validEscapes(userInfo);
    }

    private static boolean validEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%') {
                if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }
}
