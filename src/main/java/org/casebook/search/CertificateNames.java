package org.casebook.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of the name index for one certificate, derived from its stored columns (not its DER, so that the
 * start-up backfill needs no parse), and the normal forms that queries are put in to meet them.
 */
public final class CertificateNames {

    /** Longest name kept (the column's size); a longer one is left out of the index. */
    public static final int MAX_NAME = 1000;
    /** Words kept per distinguished name: a subject stuffed with words cannot blow up the index. */
    static final int MAX_WORDS = 32;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** An attribute type in Casebook's name format (/C=CN/O=.../CN=...), or one typed in a query (CN=...). */
    private static final Pattern ATTRIBUTE_TYPE = Pattern.compile("(?:^|[/+,\\s])[A-Za-z0-9][A-Za-z0-9.-]*\\s*=");
    private static final Pattern COMMON_NAME = Pattern.compile("(?:^|[/+])CN=([^/+]*)");
    private static final Pattern DNS_NAME = Pattern.compile("(\\*\\.)?([a-z0-9_-]+\\.)+[a-z0-9_-]+");

    /** One row: {@code reversed} is set for DNS names only. */
    public record IndexedName(NameKind kind, String name, String reversed) {
    }

    private CertificateNames() {
    }

    /**
     * Every name a certificate is found by, but its issuer's words ({@link #issuerWords}: kept once per issuer name).
     * {@code subject} as Casebook formats it, {@code serialHex} as stored, {@code subjectAltNames} the stored column
     * ("DNS:...", "IP:..." lines, may be null).
     */
    public static List<IndexedName> of(String subject, String serialHex, String subjectAltNames) {
        Set<IndexedName> names = new LinkedHashSet<>();
        names.add(new IndexedName(NameKind.SERIAL, serial(serialHex), null));
        Set<String> dns = new LinkedHashSet<>();
        if (subjectAltNames != null) {
            for (String line : subjectAltNames.split("\n")) {
                if (line.startsWith("DNS:")) {
                    dns.add(line.substring(4).strip().toLowerCase(Locale.ROOT));
                } else if (line.startsWith("IP:")) {
                    names.add(new IndexedName(NameKind.IP, line.substring(3).strip().toLowerCase(Locale.ROOT), null));
                }
            }
        }
        if (subject != null) {
            Matcher cn = COMMON_NAME.matcher(subject);
            while (cn.find()) {
                String value = cn.group(1).strip().toLowerCase(Locale.ROOT);
                if (DNS_NAME.matcher(value).matches()) {
                    dns.add(value);
                }
            }
        }
        for (String name : dns) {
            String trimmed = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            if (!trimmed.isEmpty()) {
                names.add(new IndexedName(NameKind.DNS, trimmed, reversedLabels(trimmed)));
            }
        }
        words(subject, false).stream().limit(MAX_WORDS).forEach(w -> names.add(new IndexedName(NameKind.SUBJECT, w, null)));
        names.removeIf(n -> n.name().isEmpty() || n.name().length() > MAX_NAME);
        return new ArrayList<>(names);
    }

    /**
     * The words an issuer name is found by (table {@code issuer_name_word}): its certificates share them, so they are
     * stored once per issuer name rather than once per certificate (six rows of a typical certificate's fourteen).
     */
    public static List<String> issuerWords(String issuer) {
        List<String> words = words(issuer, false);
        return words.size() <= MAX_WORDS ? words : words.subList(0, MAX_WORDS);
    }

    /** A serial in the index's form: hex digits only, upper case, no leading zeros ("0" for zero). */
    public static String serial(String hex) {
        String digits = hex.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
        if (digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }

    /** "www.example.com" → "com.example.www": names under a domain then share a prefix. */
    public static String reversedLabels(String dnsName) {
        String[] labels = dnsName.split("\\.", -1);
        StringBuilder out = new StringBuilder(dnsName.length());
        for (int i = labels.length - 1; i >= 0; i--) {
            out.append(labels[i]);
            if (i > 0) {
                out.append('.');
            }
        }
        return out.toString();
    }

    /**
     * The distinct lower-case words of a distinguished name's values (attribute types such as "CN=" left out), or
     * of a query's text; {@code keepShort} keeps one-character words.
     */
    public static List<String> words(String text, boolean keepShort) {
        if (text == null) {
            return List.of();
        }
        String values = ATTRIBUTE_TYPE.matcher(text).replaceAll(" ");
        Set<String> out = new LinkedHashSet<>();
        Matcher word = WORD.matcher(values.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            if ((keepShort || w.length() > 1) && w.length() <= 100) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }
}
