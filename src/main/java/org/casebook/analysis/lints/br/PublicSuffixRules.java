package org.casebook.analysis.lints.br;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Public Suffix List (bundled as public_suffix_list.dat), looked up the way zlint's certificate library
 * splits a DNS name: ICANN section only, and an unknown top-level label counts as a suffix of its own.
 */
public final class PublicSuffixRules {

    /** A name split at its public suffix: {@code www.shop} + {@code example} + {@code co.uk}. */
    public record SplitName(String subdomain, String registrable, String suffix) {
    }

    private enum Kind { NORMAL, WILDCARD, EXCEPTION }

    private record Rule(Kind kind, boolean icann) {
    }

    private static final Map<String, Rule> RULES = load();

    private PublicSuffixRules() {
    }

    private static Map<String, Rule> load() {
        Map<String, Rule> rules = new HashMap<>();
        try (InputStream in = PublicSuffixRules.class.getResourceAsStream("public_suffix_list.dat")) {
            if (in == null) {
                throw new IllegalStateException("public_suffix_list.dat is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean icann = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.startsWith("// ===BEGIN ICANN")) {
                    icann = true;
                } else if (line.startsWith("// ===END ICANN")) {
                    icann = false;
                }
                if (line.isEmpty() || line.startsWith("//")) {
                    continue;
                }
                if (line.startsWith("!")) {
                    rules.put(line.substring(1), new Rule(Kind.EXCEPTION, icann));
                } else if (line.startsWith("*.")) {
                    rules.put(line.substring(2), new Rule(Kind.WILDCARD, icann));
                } else {
                    rules.putIfAbsent(line, new Rule(Kind.NORMAL, icann));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** True when the label is a top-level domain in the ICANN section of the list. */
    public static boolean isIcannTld(String label) {
        Rule rule = RULES.get(label.toLowerCase(Locale.ROOT));
        return rule != null && rule.icann() && rule.kind() == Kind.NORMAL;
    }

    /**
     * Splits a name at its ICANN public suffix; null when the name is blank, starts with a dot, has a
     * single label, or is itself a public suffix.
     */
    public static SplitName split(String name) {
        if (name.isEmpty() || name.charAt(0) == '.') {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String suffix = null;
        for (String part = lower; ; ) {
            Rule rule = RULES.get(part);
            if (rule != null && rule.icann()) {
                suffix = switch (rule.kind()) {
                    case NORMAL -> part;
                    case EXCEPTION -> part.indexOf('.') < 0 ? null : part.substring(part.indexOf('.') + 1);
                    case WILDCARD -> oneMoreLabel(lower, part);
                };
                break;
            }
            int dot = part.indexOf('.');
            if (dot < 0) {
                // Unknown top-level label: the list's default rule "*" makes it the suffix.
                suffix = part;
                break;
            }
            part = part.substring(dot + 1);
        }
        if (suffix == null || lower.length() <= suffix.length() + 1 || !lower.endsWith("." + suffix)) {
            return null;
        }
        String left = lower.substring(0, lower.length() - suffix.length() - 1);
        int lastDot = left.lastIndexOf('.');
        return lastDot < 0 ? new SplitName("", left, suffix)
                : new SplitName(left.substring(0, lastDot), left.substring(lastDot + 1), suffix);
    }

    /** For a wildcard rule {@code *.ck}: the suffix is one label more than {@code ck}, when the name has it. */
    private static String oneMoreLabel(String name, String base) {
        if (name.length() <= base.length() + 1) {
            return null;
        }
        String left = name.substring(0, name.length() - base.length() - 1);
        int dot = left.lastIndexOf('.');
        return left.substring(dot + 1) + "." + base;
    }
}
