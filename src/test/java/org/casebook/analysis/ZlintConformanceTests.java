package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Runs every lint of ours that bears a zlint name over zlint's own test corpus and compares with the
 * result zlint's tests expect. A disagreement fails the build unless known-differences.tsv lists it
 * with a reason.
 */
class ZlintConformanceTests {

    @Test
    void zlintNamedLintsAgreeWithZlintOnItsCorpus() {
        LintRegistry registry = LintRegistry.discover();
        Map<String, String> known = knownDifferences();
        List<String> disagreements = new ArrayList<>();
        Set<String> corpusLints = new TreeSet<>();
        Set<String> covered = new TreeSet<>();
        int compared = 0;
        int agreed = 0;
        for (ZlintCorpus.Row row : ZlintCorpus.expectedRows()) {
            corpusLints.add(row.lint());
            CertificateLint lint = registry.byCode(row.lint()).orElse(null);
            if (lint == null) {
                continue;
            }
            covered.add(row.lint());
            CertificateView certificate = ZlintCorpus.certificate(row.file());
            String ours = certificate == null ? "unparsable" : zlintName(lint.run(certificate).status());
            compared++;
            if (ours.equals(row.expected())) {
                agreed++;
            } else if (!known.containsKey(row.lint() + "\t" + row.file())) {
                disagreements.add(row.lint() + " on " + row.file() + ": zlint " + row.expected() + ", ours " + ours);
            }
        }
        System.out.printf("zlint conformance: %d of %d corpus rows agree (%.1f%%); %d of %d corpus lints implemented; %d known differences%n",
                agreed, compared, compared == 0 ? 0.0 : 100.0 * agreed / compared, covered.size(), corpusLints.size(), known.size());
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreement(s):\n" + String.join("\n", disagreements));
    }

    static String zlintName(LintStatus status) {
        return switch (status) {
            case NA -> "NA";
            case NE -> "NE";
            case PASS -> "Pass";
            case NOTICE -> "Notice";
            case WARN -> "Warn";
            case ERROR -> "Error";
        };
    }

    private static Map<String, String> knownDifferences() {
        Map<String, String> known = new HashMap<>();
        String[] lines = ZlintCorpus.resource("zlint/known-differences.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cols = lines[i].split("\t");
            if (cols.length >= 5) {
                known.put(cols[0] + "\t" + cols[1], cols[4]);
            }
        }
        return known;
    }
}
