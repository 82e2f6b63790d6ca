package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Linting many certificates at once, lint by lint, must say exactly what linting each alone says. */
class LintSuiteBatchTests {

    private static List<CertificateView> corpusViews() {
        TreeSet<String> files = new TreeSet<>();
        for (ZlintCorpus.Row row : ZlintCorpus.expectedRows()) {
            files.add(row.file());
        }
        List<CertificateView> views = new ArrayList<>();
        for (String file : files) {
            CertificateView view = ZlintCorpus.certificate(file);
            if (view != null) { // the corpus also holds a few files that are not certificates
                views.add(view);
            }
        }
        return views;
    }

    @Test
    void batchOutcomesEqualSingleOutcomesOnTheWholeZlintCorpus() throws CertificateParseException {
        LintSuite suite = LintSuite.standard();
        List<CertificateView> views = corpusViews();
        assertTrue(views.size() > 3 * LintSuite.BATCH, "several batches, the last one partial: " + views.size());
        List<List<LintSuite.Outcome>> batched = suite.runAll(views);
        assertEquals(views.size(), batched.size());
        int findings = 0;
        for (int i = 0; i < views.size(); i++) {
            // a fresh view, so that no cache filled by the batch run can hide a difference
            CertificateView alone = CertificateParser.parseLenient(views.get(i).der());
            List<LintSuite.Outcome> single = suite.run(alone);
            assertEquals(single, batched.get(i), "certificate " + i);
            findings += (int) single.stream().filter(LintSuite.Outcome::isFinding).count();
        }
        assertTrue(findings > 1000, "the corpus trips many lints: " + findings);
    }

    @Test
    void findingsOfEachKeepsOrderAndOnlyFindings() {
        LintSuite suite = LintSuite.standard();
        List<CertificateView> views = corpusViews().subList(0, 70);
        List<List<LintSuite.Outcome>> findings = suite.findingsOfEach(views);
        for (int i = 0; i < views.size(); i++) {
            assertEquals(suite.findings(views.get(i)), findings.get(i));
            findings.get(i).forEach(outcome -> assertTrue(outcome.isFinding()));
        }
        assertEquals(List.of(), suite.runAll(List.of()));
    }
}
