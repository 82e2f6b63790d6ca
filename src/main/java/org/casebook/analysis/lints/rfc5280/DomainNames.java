package org.casebook.analysis.lints.rfc5280;

import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import com.google.thirdparty.publicsuffix.PublicSuffixType;
import java.util.Locale;

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
     * Splits a name at its public suffix (ICANN section of the Public Suffix List as Guava ships it,
     * private registrations ignored, an unlisted top-level label counting as a suffix); null when the
     * name is blank, starts with a dot, or is itself a public suffix.
     */
    static Parsed parse(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.startsWith(".")) {
            return null;
        }
        int[] starts = labelStarts(lower);
        int suffixStart = publicSuffixStart(lower, starts);
        if (suffixStart <= 0) {
            return null;
        }
        int sld = suffixStart - 1;
        // an exception rule can put the suffix after the last label, leaving it empty
        int sldEnd = suffixStart < starts.length ? starts[suffixStart] - 1 : lower.length();
        return new Parsed(sld == 0 ? "" : lower.substring(0, starts[sld] - 1), lower.substring(starts[sld], sldEnd),
                suffixStart < starts.length ? lower.substring(starts[suffixStart]) : "");
    }

    /** Where each dot-separated label begins (empty labels included). */
    private static int[] labelStarts(String name) {
        int count = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '.') {
                count++;
            }
        }
        int[] starts = new int[count];
        int label = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '.') {
                starts[label++] = i + 1;
            }
        }
        return starts;
    }

    /** Index of the first label of the public suffix; labels i.. are {@code name.substring(starts[i])}. */
    private static int publicSuffixStart(String name, int[] starts) {
        int count = starts.length;
        for (int i = 0; i < count; i++) {
            String candidate = name.substring(starts[i]);
            if (PublicSuffixPatterns.EXACT.get(candidate) == PublicSuffixType.REGISTRY) {
                return i;
            }
            if (PublicSuffixPatterns.EXCLUDED.containsKey(candidate)) {
                return i + 1;
            }
            if (i + 1 < count && PublicSuffixPatterns.UNDER.get(name.substring(starts[i + 1])) == PublicSuffixType.REGISTRY) {
                return i;
            }
        }
        return count - 1;
    }
}
