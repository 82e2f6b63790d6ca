package org.casebook.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class FixedNotAfterTemplateTests {

    private static final String TEMPLATE_END = "2016-12-31T15:59:59Z";

    private final FixedNotAfterTemplate check = new FixedNotAfterTemplate();

    private static CertificateView leaf(String issuer, Instant notBefore, String notAfter) {
        return TestPki.certificate().issuer(issuer).validity(notBefore.toString(), notAfter).view();
    }

    private static InMemoryCorpus corpusOfDays(String issuer, int days) {
        InMemoryCorpus corpus = new InMemoryCorpus();
        Instant start = Instant.parse("2015-11-02T03:00:00Z");
        for (int i = 0; i < days; i++) {
            corpus.add(leaf(issuer, start.plus(i, ChronoUnit.DAYS), TEMPLATE_END));
        }
        return corpus;
    }

    @Test
    void tenIssuanceDaysSharingOneNotAfterIsATemplate() {
        String issuer = "C=CN,O=WoSign CA Limited,CN=WoSign CA Free SSL Certificate G2";
        InMemoryCorpus corpus = corpusOfDays(issuer, 9);
        CertificateView tenth = leaf(issuer, Instant.parse("2015-12-20T03:00:00Z"), TEMPLATE_END);
        LintResult result = check.run(tenth, corpus.context());
        assertEquals(LintStatus.NOTICE, result.status());
        assertTrue(result.detail().contains("10 different days"), result.detail());
        assertTrue(result.detail().contains(TEMPLATE_END), result.detail());
    }

    @Test
    void belowTheThresholdPasses() {
        String issuer = "C=CN,O=Test,CN=Few";
        InMemoryCorpus corpus = corpusOfDays(issuer, 8);
        assertEquals(LintStatus.PASS, check.run(leaf(issuer, Instant.parse("2015-12-20T03:00:00Z"), TEMPLATE_END), corpus.context()).status());
    }

    @Test
    void manyCertificatesOnOneDayAreNotATemplate() {
        String issuer = "C=CN,O=Test,CN=Batch";
        InMemoryCorpus corpus = new InMemoryCorpus();
        for (int i = 0; i < 12; i++) {
            corpus.add(leaf(issuer, Instant.parse("2015-11-02T03:00:00Z").plusSeconds(i * 60L), TEMPLATE_END));
        }
        assertEquals(LintStatus.PASS, check.run(leaf(issuer, Instant.parse("2015-11-02T04:00:00Z"), TEMPLATE_END), corpus.context()).status());
    }

    @Test
    void otherIssuersAndOtherNotAftersDoNotCount() {
        InMemoryCorpus corpus = corpusOfDays("C=CN,O=Test,CN=Someone Else", 12);
        CertificateView mine = leaf("C=CN,O=Test,CN=Mine", Instant.parse("2015-12-20T03:00:00Z"), TEMPLATE_END);
        assertEquals(LintStatus.PASS, check.run(mine, corpus.context()).status());
        CertificateView otherEnd = leaf("C=CN,O=Test,CN=Someone Else", Instant.parse("2015-12-20T03:00:00Z"), "2016-12-31T16:00:00Z");
        assertEquals(LintStatus.PASS, check.run(otherEnd, corpus.context()).status());
    }

    @Test
    void theThresholdComesFromTheSettings() {
        String issuer = "C=CN,O=Test,CN=Configured";
        InMemoryCorpus corpus = corpusOfDays(issuer, 3);
        CorpusContext strict = new CorpusContext(corpus, null, new CorpusSettings(4, 20),
                org.casebook.analysis.LintRegistry.discover(), org.casebook.analysis.calendar.WorkingCalendars.bundled());
        assertEquals(LintStatus.NOTICE, check.run(leaf(issuer, Instant.parse("2015-12-20T03:00:00Z"), TEMPLATE_END), strict).status());
    }
}
