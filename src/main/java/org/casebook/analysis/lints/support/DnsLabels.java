package org.casebook.analysis.lints.support;

/** DNS label syntax (RFC 1034 preferred name syntax, as LDH labels). */
public final class DnsLabels {

    private DnsLabels() {
    }

    /** 1 to 63 letters, digits and hyphens, neither starting nor ending with a hyphen. */
    public static boolean isLdhLabel(String label) {
        if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
