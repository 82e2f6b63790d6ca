package org.casebook.analysis.lints.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The DNS root zone's top-level domains and when each was in it (root-zone-tlds.txt beside this class),
 * so that a name can be judged against the TLDs that existed when its certificate was issued.
 */
public final class TopLevelDomains {

    /** When a TLD was in the root zone: delegated on {@code from}, withdrawn on {@code until} (null: still there). */
    private record Delegation(Instant from, Instant until) {
    }

    private static final Instant BEFORE_1985 = Instant.parse("1985-01-01T00:00:00Z");
    private static final Map<String, Delegation> DELEGATIONS = load();

    private TopLevelDomains() {
    }

    /** True when the label (any case) is or was a top-level domain. */
    public static boolean isKnown(String label) {
        return DELEGATIONS.containsKey(label.toLowerCase(Locale.ROOT));
    }

    /** True when the name's rightmost label was a delegated TLD at {@code when}. */
    public static boolean hasDelegatedTld(String name, Instant when) {
        String lower = name.toLowerCase(Locale.ROOT);
        // the rightmost label, as the last of DomainNames.labels would be, without splitting the whole name
        Delegation delegation = DELEGATIONS.get(lower.substring(lower.lastIndexOf('.') + 1));
        if (delegation == null || when.isBefore(delegation.from())) {
            return false;
        }
        return delegation.until() == null || !when.isAfter(delegation.until());
    }

    private static Map<String, Delegation> load() {
        Map<String, Delegation> delegations = new HashMap<>();
        try (InputStream in = TopLevelDomains.class.getResourceAsStream("root-zone-tlds.txt")) {
            if (in == null) {
                throw new IllegalStateException("root-zone-tlds.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.trim().split("\\s+");
                Instant from = fields[1].equals("-") ? BEFORE_1985 : startOf(fields[1]);
                Instant until = fields.length > 2 ? startOf(fields[2]) : null;
                delegations.put(fields[0], new Delegation(from, until));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(delegations);
    }

    private static Instant startOf(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
