package org.casebook.transfer.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, per kind of record: {@code created}, {@code unchanged} (already here, the same), or {@code differing}
 * (already here with other content: left as it is, and named in {@code differences}). The parts of an issue (statements,
 * references, credits, comments, evidence links) and of an audit (audited issues) share their issue's or audit's verdict.
 */
@JsonPropertyOrder({"format", "version", "ca", "counts", "differences"})
public record ImportReport(String format, int version, String ca, Map<String, Counts> counts, List<Difference> differences) {

    public record Counts(int created, int unchanged, int differing) {
    }

    /** A record that exists here with other content than the document's, e.g. kind "issue", key "wosign/H". */
    public record Difference(String kind, String key) {
    }

    /** The kinds, in the order of the answer. */
    static final List<String> KINDS = List.of("cas", "ownership", "issues", "statements", "references", "credits", "comments", "evidence",
            "audits", "auditedIssues", "crossSigns", "certificates");

    public enum Verdict {
        CREATED, UNCHANGED, DIFFERING
    }

    /** Counts as the import goes. */
    static final class Tally {
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final List<Difference> differences = new ArrayList<>();

        Tally() {
            KINDS.forEach(kind -> counts.put(kind, new int[3]));
        }

        void add(String kind, Verdict verdict, int howMany) {
            counts.get(kind)[verdict.ordinal()] += howMany;
        }

        void differs(String kind, String key) {
            differences.add(new Difference(kind, key));
        }

        ImportReport report(String ca) {
            Map<String, Counts> out = new LinkedHashMap<>();
            counts.forEach((kind, c) -> out.put(kind, new Counts(c[0], c[1], c[2])));
            return new ImportReport(CaseFileDocument.FORMAT, CaseFileDocument.VERSION, ca, out, List.copyOf(differences));
        }
    }
}
