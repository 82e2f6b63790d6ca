package org.casebook.ccadb.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import of a CCADB report did: per kind of record how many were created, updated or left unchanged, the rows
 * it could not import with their reasons, and the differences a reader wants to see (new intermediates, revocations,
 * new audits, changed store status), CA by CA. Importing the same report twice gives only "unchanged" the second time.
 */
public record ImportSummary(Counts cas, Counts certificates, Counts audits, List<RejectedRow> rejected, List<Change> changes,
        List<CrossCertificate> crossSigns) {

    public record Counts(int created, int updated, int unchanged) {
    }

    /** {@code row} as a spreadsheet numbers it: the header is row 1. */
    public record RejectedRow(int row, String reason) {
    }

    /**
     * One difference the import made. {@code kind}: {@code new-ca}, {@code ca-changed}, {@code new-root},
     * {@code new-intermediate}, {@code revoked}, {@code store-status}, {@code certificate-changed}, {@code new-audit},
     * {@code audit-changed}, {@code distrust}.
     */
    public record Change(String ca, String kind, String what) {
    }

    /** CA certificates of different owners with the same subject name and key: a cross-signature (proposed on the CA pages). */
    public record CrossCertificate(String name, String subjectKeyId, List<String> cas) {
    }

    /** Collects the verdicts while an import runs; each record is judged once, under its key. */
    static final class Tally {
        private final Map<String, Map<Object, String>> verdicts = new LinkedHashMap<>();
        private final Set<Object> touchedCas = new LinkedHashSet<>();
        private final Set<Object> changedCas = new LinkedHashSet<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        final List<CrossCertificate> crossSigns = new ArrayList<>();

        void created(String kind, Object key) {
            verdicts.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(key, "created");
        }

        /** Unchanged unless an earlier or later judgement of the same record says otherwise. */
        void seen(String kind, Object key, boolean changed) {
            Map<Object, String> byKey = verdicts.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            String before = byKey.get(key);
            if (before == null || before.equals("unchanged") && changed) {
                byKey.put(key, changed ? "updated" : "unchanged");
            }
        }

        /** A CA appears in the report; it counts as updated when anything of it changed, created when it is new. */
        void caTouched(Object caKey) {
            touchedCas.add(caKey);
        }

        /** A CA met on a row: counted as created once when the import made it, and as seen (updated or unchanged) otherwise. */
        void ca(org.casebook.ca.CertificationAuthority ca, boolean createdNow) {
            if (createdNow && !touchedCas.contains(ca.slug)) {
                created("cas", ca.slug);
                change(ca.slug, "new-ca", ca.name);
            }
            caTouched(ca.slug);
        }

        void caChanged(Object caKey) {
            changedCas.add(caKey);
        }

        void change(String ca, String kind, String what) {
            changes.add(new Change(ca, kind, what));
        }

        void reject(int row, String reason) {
            rejected.add(new RejectedRow(row, reason));
        }

        ImportSummary summary() {
            Map<Object, String> cas = verdicts.computeIfAbsent("cas", k -> new LinkedHashMap<>());
            for (Object ca : touchedCas) {
                if (!"created".equals(cas.get(ca))) {
                    cas.put(ca, changedCas.contains(ca) ? "updated" : "unchanged");
                }
            }
            rejected.sort(java.util.Comparator.comparingInt(RejectedRow::row));
            return new ImportSummary(counts("cas"), counts("certificates"), counts("audits"), List.copyOf(rejected), List.copyOf(changes),
                    List.copyOf(crossSigns));
        }

        private Counts counts(String kind) {
            Map<Object, String> byKey = verdicts.getOrDefault(kind, Map.of());
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (String verdict : byKey.values()) {
                switch (verdict) {
                    case "created" -> created++;
                    case "updated" -> updated++;
                    default -> unchanged++;
                }
            }
            return new Counts(created, updated, unchanged);
        }
    }
}
