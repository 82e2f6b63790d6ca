package org.casebook.analysis.lints.rfc5280;

import java.util.Locale;
import org.casebook.analysis.lints.br.PublicSuffixRules;

/**
 * Domain name tests shared by the dNSName and URI lints: zlint's loose "looks like a fully qualified
 * domain name" test, and splitting a name at its public suffix.
 */
final class DomainNames {

    /** A name split at the public suffix: tld = the suffix, sld = the label before it, trd = the rest. */
    record Parsed(String trd, String sld, String tld) {
    }

    private DomainNames() {
    }

    /**
     * zlint's test (via its URL validator): after dropping a leading "*." or "?." labels, at least two
     * labels of letters, digits, hyphens and underscores, ending in an alphabetic top-level label, with
     * an optional port; dotted IPv4 addresses are accepted too.
     */
    static boolean isFqdn(String name) {
        String domain = name.startsWith("*.") ? name.substring(2) : name;
        while (domain.startsWith("?.")) {
            domain = domain.substring(2);
        }
        if (domain.length() <= 3 || domain.startsWith(".")) {
            return false;
        }
        int colon = domain.lastIndexOf(':');
        if (colon >= 0) {
            String port = domain.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
                return false;
            }
            domain = domain.substring(0, colon);
        }
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (isIpv4(domain)) {
            return true;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean ok = (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) || c >= 0xa1;
                if (!ok) {
                    return false;
                }
            }
        }
        String tld = labels[labels.length - 1];
        return tld.chars().allMatch(c -> (c < 0x80 && Character.isLetter(c)) || c >= 0xa1);
    }

    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit) || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** An IPv4 or IPv6 literal as Go's net.ParseIP reads it. */
    static boolean isIp(String text) {
        if (isIpv4(text)) {
            return true;
        }
        if (!text.contains(":")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                return false;
            }
        }
        try {
            return java.net.InetAddress.getByName(text) instanceof java.net.Inet6Address;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * Splits a name at its public suffix (ICANN section of the bundled Public Suffix List, private registrations
     * ignored, an unlisted top-level label counting as a suffix: {@link PublicSuffixRules}); null when the name is
     * blank, starts with a dot, or is itself a public suffix.
     */
    static Parsed parse(String name) {
        PublicSuffixRules.SplitName split = PublicSuffixRules.split(name);
        return split == null ? null : new Parsed(split.subdomain(), split.registrable(), split.suffix());
    }
}
