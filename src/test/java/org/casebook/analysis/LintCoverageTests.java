package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casebook.analysis.examples.LintExample;
import org.casebook.analysis.examples.LintExamples;
import org.junit.jupiter.api.Test;

/**
 * Every registered lint code has a certificate that trips it and one that passes it, shown by running the lint:
 * on zlint's corpus (each lint on the files zlint's own tests give it) and on our examples (LintExamples).
 * Nothing is taken from the files' labels: the outcome counted is the one our lint gives.
 */
class LintCoverageTests {

    /**
     * Codes whose finding is not of the severity the prefix names. zlint's CT policy lint reports a notice
     * under a w_ name (its corpus expects Notice), and ours agrees with zlint.
     */
    private static final Map<String, LintStatus> FINDING_OTHER_THAN_PREFIX = Map.of("w_ct_sct_policy_count_unsatisfied", LintStatus.NOTICE);

    @Test
    void everyLintCodeIsTrippedAndPassedByACertificateInTheSuite() {
        LintRegistry registry = LintRegistry.discover();
        for (String code : FINDING_OTHER_THAN_PREFIX.keySet()) {
            assertTrue(registry.byCode(code).isPresent(), "FINDING_OTHER_THAN_PREFIX names " + code + ", which is no lint");
        }
        Map<String, Set<LintStatus>> byCorpus = corpusOutcomes(registry);
        Map<String, Set<LintStatus>> byExamples = exampleOutcomes(registry);
        int tripped = 0;
        int passed = 0;
        int both = 0;
        for (CertificateLint lint : registry.lints()) {
            Set<LintStatus> corpus = byCorpus.getOrDefault(lint.metadata().code(), Set.of());
            tripped += corpus.contains(tripStatus(lint)) ? 1 : 0;
            passed += corpus.contains(LintStatus.PASS) ? 1 : 0;
            both += corpus.contains(tripStatus(lint)) && corpus.contains(LintStatus.PASS) ? 1 : 0;
        }
        System.out.printf("lint coverage: %d codes; on zlint's corpus %d tripped, %d passed, %d both; our examples for %d codes%n",
                registry.lints().size(), tripped, passed, both, byExamples.size());
        List<String> missing = missingCertificates(registry, byCorpus, byExamples);
        assertTrue(missing.isEmpty(), missing.size() + " lint code(s) lack a certificate (add examples to LintExamples):\n"
                + String.join("\n", missing));
    }

    @Test
    void aCodeWithoutCertificatesIsListedByName() {
        // The check itself, on a registry of one lint that neither the corpus nor the examples name.
        LintRegistry fixtures = LintRegistry.scan("org.casebook.analysis.registryfixtures.annotated");
        assertEquals(List.of("n_fixture_subject_common_name_present: no certificate that trips it (NOTICE), no certificate that passes it"),
                missingCertificates(fixtures, corpusOutcomes(fixtures), exampleOutcomes(fixtures)));
        assertEquals(List.of("n_fixture_subject_common_name_present: no certificate that trips it (NOTICE)"),
                missingCertificates(fixtures, Map.of(), Map.of("n_fixture_subject_common_name_present", Set.of(LintStatus.PASS, LintStatus.NA))));
    }

    /** Per code lacking one: what it lacks; a trip or a pass counts from either source. */
    static List<String> missingCertificates(LintRegistry registry, Map<String, Set<LintStatus>> byCorpus,
            Map<String, Set<LintStatus>> byExamples) {
        List<String> missing = new ArrayList<>();
        for (CertificateLint lint : registry.lints()) {
            String code = lint.metadata().code();
            Set<LintStatus> seen = EnumSet.noneOf(LintStatus.class);
            seen.addAll(byCorpus.getOrDefault(code, Set.of()));
            seen.addAll(byExamples.getOrDefault(code, Set.of()));
            List<String> lacks = new ArrayList<>();
            if (!seen.contains(tripStatus(lint))) {
                lacks.add("no certificate that trips it (" + tripStatus(lint) + ")");
            }
            if (!seen.contains(LintStatus.PASS)) {
                lacks.add("no certificate that passes it");
            }
            if (!lacks.isEmpty()) {
                missing.add(code + ": " + String.join(", ", lacks));
            }
        }
        return missing;
    }

    @Test
    void everyExampleGivesTheOutcomeItClaims() {
        LintRegistry registry = LintRegistry.discover();
        List<String> wrong = new ArrayList<>();
        for (LintExample example : LintExamples.all()) {
            CertificateLint lint = registry.byCode(example.code()).orElse(null);
            if (lint == null) {
                wrong.add(example.code() + " (" + example.name() + "): no such lint");
                continue;
            }
            LintResult result;
            try {
                result = lint.run(example.certificate().build());
            } catch (Exception e) {
                wrong.add(example.code() + " (" + example.name() + "): cannot build or lint the certificate: " + e);
                continue;
            }
            LintStatus expected = example.outcome() == LintExample.Outcome.TRIPS ? tripStatus(lint) : LintStatus.PASS;
            if (result.status() != expected) {
                wrong.add(example.code() + " (" + example.name() + "): expected " + expected + ", got " + result.status()
                        + (result.detail() == null ? "" : " (" + result.detail() + ")"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The finding a lint gives when it trips: the severity its code prefix names, unless listed above. */
    static LintStatus tripStatus(CertificateLint lint) {
        LintStatus listed = FINDING_OTHER_THAN_PREFIX.get(lint.metadata().code());
        if (listed != null) {
            return listed;
        }
        return switch (lint.metadata().severity()) {
            case ERROR -> LintStatus.ERROR;
            case WARNING -> LintStatus.WARN;
            case NOTICE -> LintStatus.NOTICE;
        };
    }

    /** Each lint run on the corpus files zlint's tests give it; what our lint says, per code. */
    private static Map<String, Set<LintStatus>> corpusOutcomes(LintRegistry registry) {
        Map<String, CertificateView> certificates = new HashMap<>();
        Map<String, Set<LintStatus>> outcomes = new TreeMap<>();
        for (ZlintCorpus.Row row : ZlintCorpus.expectedRows()) {
            CertificateLint lint = registry.byCode(row.lint()).orElse(null);
            if (lint == null) {
                continue;
            }
            CertificateView certificate = certificates.computeIfAbsent(row.file(), ZlintCorpus::certificate);
            if (certificate != null) {
                outcomes.computeIfAbsent(row.lint(), code -> EnumSet.noneOf(LintStatus.class)).add(lint.run(certificate).status());
            }
        }
        return outcomes;
    }

    /** Each example run through its lint; what our lint says, per code. */
    private static Map<String, Set<LintStatus>> exampleOutcomes(LintRegistry registry) {
        Map<String, Set<LintStatus>> outcomes = new TreeMap<>();
        for (LintExample example : LintExamples.all()) {
            CertificateLint lint = registry.byCode(example.code()).orElse(null);
            if (lint == null) {
                continue;
            }
            try {
                outcomes.computeIfAbsent(example.code(), code -> EnumSet.noneOf(LintStatus.class)).add(lint.run(example.certificate().build()).status());
            } catch (Exception e) {
                // everyExampleGivesTheOutcomeItClaims names it; here it simply covers nothing
            }
        }
        return outcomes;
    }
}
