package org.casebook.analysis.lints.support;

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

    private enum Kind { NORMAL, WILDCARD, EXCEPTION, DEFAULT }

    /** A rule keyed by its value: "co.uk" for co.uk, "ck" for *.ck, "www.ck" for !www.ck. */
    private record Rule(Kind kind, String value, boolean icann) {
    }

    /** The list's implicit rule "*": an unknown top-level label is a public suffix of its own. */
    private static final Rule DEFAULT_RULE = new Rule(Kind.DEFAULT, "", true);

    /** The outcome of splitting a name: a split, or why there is none. */
    private enum Outcome { SPLIT, BLANK, LEADING_DOT, BARE_SUFFIX }

    private record Result(Outcome outcome, SplitName split) {
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
                Rule rule;
                if (line.startsWith("!")) {
                    rule = new Rule(Kind.EXCEPTION, line.substring(1), icann);
                } else if (line.startsWith("*.")) {
                    rule = new Rule(Kind.WILDCARD, line.substring(2), icann);
                } else {
                    rule = new Rule(Kind.NORMAL, line, icann);
                }
                rules.put(rule.value(), rule);
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
     * Splits a name at its ICANN public suffix; null when the name is blank, starts with a dot, or is
     * itself a public suffix (which includes any single-label name).
     */
    public static SplitName split(String name) {
        return parse(name).split();
    }

    /** True when the name is nothing but a public suffix, such as "co.uk" or "com". */
    public static boolean isBareSuffix(String name) {
        return parse(name).outcome() == Outcome.BARE_SUFFIX;
    }

    private static Result parse(String name) {
        if (name.isEmpty()) {
            return new Result(Outcome.BLANK, null);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.charAt(0) == '.') {
            return new Result(Outcome.LEADING_DOT, null);
        }
        String[] parts = decompose(find(lower), lower);
        if (parts == null || parts[1].isEmpty()) {
            return new Result(Outcome.BARE_SUFFIX, null);
        }
        String left = parts[0];
        int lastDot = left.lastIndexOf('.');
        SplitName split = lastDot < 0 ? new SplitName("", left, parts[1])
                : new SplitName(left.substring(0, lastDot), left.substring(lastDot + 1), parts[1]);
        return new Result(Outcome.SPLIT, split);
    }

    /** The first rule, longest candidate first, that is in the ICANN section and matches the name. */
    private static Rule find(String name) {
        String part = name;
        while (true) {
            Rule rule = RULES.get(part);
            if (rule != null && rule.icann() && matches(rule, name)) {
                return rule;
            }
            int dot = part.indexOf('.');
            if (dot < 0) {
                return DEFAULT_RULE;
            }
            part = part.substring(dot + 1);
        }
    }

    private static boolean matches(Rule rule, String name) {
        String left = name.endsWith(rule.value()) ? name.substring(0, name.length() - rule.value().length()) : name;
        if (left.isEmpty()) {
            return rule.kind() != Kind.WILDCARD;
        }
        return left.endsWith(".");
    }

    /** {left, suffix}; null when the name has no label left of the suffix. */
    private static String[] decompose(Rule rule, String name) {
        switch (rule.kind()) {
            case DEFAULT: {
                int dot = name.lastIndexOf('.');
                return dot < 0 ? null : new String[] {name.substring(0, dot), name.substring(dot + 1)};
            }
            case NORMAL: {
                String left = trimSuffix(name, rule.value());
                return left.isEmpty() ? null : new String[] {left.substring(0, left.length() - 1), rule.value()};
            }
            case WILDCARD: {
                String left = trimSuffix(name, rule.value());
                if (left.isEmpty()) {
                    return null;
                }
                left = left.substring(0, left.length() - 1);
                int dot = left.lastIndexOf('.');
                return dot < 0 ? null : new String[] {left.substring(0, dot), left.substring(dot + 1) + "." + rule.value()};
            }
            default: {
                int dot = rule.value().indexOf('.');
                if (dot < 0) {
                    return null;
                }
                String suffix = rule.value().substring(dot + 1);
                String left = trimSuffix(name, suffix);
                return left.isEmpty() ? null : new String[] {left.substring(0, left.length() - 1), suffix};
            }
        }
    }

    private static String trimSuffix(String name, String suffix) {
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }
}
