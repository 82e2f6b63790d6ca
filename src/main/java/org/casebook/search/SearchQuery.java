package org.casebook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search box's text was understood as. Several readings can hold at once ("cafe0123" is a hex prefix of a
 * SHA-256, a serial number and a word); each search kind takes the readings it can answer.
 */
public record SearchQuery(String text, String sha256Prefix, String serial, String ipAddress, DnsQuery dns,
        String issueLetter, List<String> words, List<String> terms) {

    public static final int MAX_LENGTH = 512;
    /** Terms searched for in case-file text, each one a LIKE over a few columns; further ones are left out. */
    public static final int MAX_TERMS = 16;

    /** A DNS name typed: {@code name} exact (and wildcards covering it), {@code *.name} the wildcard, {@code .name} everything under it. */
    public record DnsQuery(String name, DnsMatch match) {
    }

    public enum DnsMatch {
        EXACT, WILDCARD, UNDER
    }

    private static final Pattern HEX_WITH_SEPARATORS = Pattern.compile("(?i)(0x)?[0-9a-f]+([:\\s][0-9a-f]+)*");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("(?i)[0-9a-f:.]*:[0-9a-f:.]*");
    private static final Pattern DNS = Pattern.compile("(\\*\\.|\\.)?(([a-z0-9_-]+\\.)*[a-z0-9_-]+)\\.?");
    private static final Pattern LETTER = Pattern.compile("(?i)(?:issue\\s+)?([a-z]{1,3})");
    /** "Issue X", "Issue -2", "issue 0": how issues are named in a discussion before they get letters. */
    private static final Pattern ISSUE_NAME = Pattern.compile("(?i)issue\\s+(-?\\d{1,3}|[a-z]{1,3})");

    /** Reads the text typed; the text must be non-blank and at most {@link #MAX_LENGTH} characters (the caller says so). */
    public static SearchQuery parse(String raw) {
        String text = raw.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        String sha256Prefix = null;
        String serial = null;
        if (HEX_WITH_SEPARATORS.matcher(text).matches()) {
            String digits = lower.replaceAll("[:\\s]", "");
            String bare = digits.startsWith("0x") ? digits.substring(2) : digits;
            if (!digits.startsWith("0x") && bare.length() >= 8 && bare.length() <= 64) {
                sha256Prefix = bare;
            }
            if (!bare.isEmpty() && bare.length() <= 512) {
                serial = CertificateNames.serial(bare);
            }
        }
        String ip = ipAddress(text).orElse(null);
        DnsQuery dns = null;
        if (ip == null && lower.contains(".")) {
            Matcher m = DNS.matcher(lower);
            if (m.matches()) {
                String name = m.group(2);
                DnsMatch match = m.group(1) == null ? DnsMatch.EXACT : m.group(1).equals(".") ? DnsMatch.UNDER : DnsMatch.WILDCARD;
                dns = new DnsQuery(match == DnsMatch.WILDCARD ? "*." + name : name, match);
            }
        }
        Matcher letter = LETTER.matcher(text);
        String issueLetter = letter.matches() ? letter.group(1) : null;
        List<String> terms = new ArrayList<>();
        for (String term : lower.split("\\s+")) {
            if (term.length() > 1 && !terms.contains(term) && terms.size() < MAX_TERMS) {
                terms.add(term);
            }
        }
        return new SearchQuery(text, sha256Prefix, serial, ip, dns, issueLetter, CertificateNames.words(text, false), List.copyOf(terms));
    }

    /** An IPv4 or IPv6 literal in the form the index holds (Java's textual form); parsed here, never looked up. */
    static Optional<String> ipAddress(String text) {
        byte[] octets = IPV4.matcher(text).matches() ? ipv4(text) : text.contains(":") ? ipv6(text) : null;
        if (octets == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.net.InetAddress.getByAddress(octets).getHostAddress().toLowerCase(Locale.ROOT));
        } catch (java.net.UnknownHostException impossible) {
            return Optional.empty();
        }
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.");
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return out;
    }

    /** RFC 4291 section 2.2 text forms: eight groups, one "::", and a dotted IPv4 tail; null when it is none of them. */
    private static byte[] ipv6(String text) {
        if (!IPV6.matcher(text).matches() || text.indexOf("::") != text.lastIndexOf("::")) {
            return null;
        }
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        int compressed = text.indexOf("::");
        if (!groups(compressed < 0 ? text : text.substring(0, compressed), head)
                || (compressed >= 0 && !groups(text.substring(compressed + 2), tail))) {
            return null;
        }
        int count = head.size() + tail.size();
        if (compressed < 0 ? count != 8 : count > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < head.size(); i++) {
            out[2 * i] = (byte) (head.get(i) >> 8);
            out[2 * i + 1] = (byte) (int) head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            int at = 8 - tail.size() + i;
            out[2 * at] = (byte) (tail.get(i) >> 8);
            out[2 * at + 1] = (byte) (int) tail.get(i);
        }
        return out;
    }

    /** Colon-separated 16-bit groups, the last possibly a dotted IPv4 address (two groups). */
    private static boolean groups(String part, List<Integer> out) {
        if (part.isEmpty()) {
            return true;
        }
        String[] groups = part.split(":", -1);
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (i == groups.length - 1 && g.contains(".")) {
                if (!IPV4.matcher(g).matches()) {
                    return false;
                }
                byte[] v4 = ipv4(g);
                out.add((v4[0] & 0xff) << 8 | (v4[1] & 0xff));
                out.add((v4[2] & 0xff) << 8 | (v4[3] & 0xff));
            } else if (g.matches("(?i)[0-9a-f]{1,4}")) {
                out.add(Integer.parseInt(g, 16));
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text is a single letter or an issue's name in the form "Issue X" or "Issue -2": then only issues
     * answer it, by letter or former name, and it is not also searched for as words in the case file's text (every
     * text has an "s", and a CA's description that says "Issues -2 to 2 and X" is no match for "Issue X"); "SSL" is
     * searched both ways.
     */
    public boolean isIssueName() {
        return ISSUE_NAME.matcher(text).matches() || issueLetter != null && issueLetter.length() == 1;
    }
}
