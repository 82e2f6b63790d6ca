package org.casebook.analysis.lints.support;

/**
 * Whether a string is an Internet mailbox address as an rfc822Name must hold it (RFC 5280 4.2.1.6):
 * exactly an RFC 5322 addr-spec, local-part "@" domain.
 */
public final class MailAddresses {

    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    private MailAddresses() {
    }

    /** A bare addr-spec: no display name, angle brackets, comments or surrounding space. */
    public static boolean isValid(String text) {
        return isAddrSpec(text);
    }

    static boolean isAddrSpec(String s) {
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            return false;
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        boolean localOk = local.startsWith("\"") ? isQuoted(local) : isDotAtom(local);
        boolean domainOk = domain.startsWith("[") ? domain.endsWith("]") && domain.indexOf('[', 1) < 0 : isDotAtom(domain);
        return localOk && domainOk;
    }

    private static boolean isDotAtom(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && !isAtext(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuoted(String s) {
        if (s.length() < 2 || !s.endsWith("\"")) {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c < 0x20 && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAtext(char c) {
        return (c < 0x80 && Character.isLetterOrDigit(c)) || ATEXT_SPECIALS.indexOf(c) >= 0 || c >= 0x80;
    }
}
