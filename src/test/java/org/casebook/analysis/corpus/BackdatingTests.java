package org.casebook.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** w_backdated_by_sct and e_backdated_across_deadline, on WoSign's SHA-1 certificates of December 2015. */
class BackdatingTests {

    private final BackdatedBySct backdated = new BackdatedBySct();
    private final BackdatedAcrossDeadline acrossDeadline = new BackdatedAcrossDeadline();
    private final CorpusContext context = new InMemoryCorpus().context();

    private static TestPki.CertBuilder sha1Leaf(String notBefore) {
        return TestPki.certificate().issuer("C=CN,O=WoSign CA Limited,CN=WoSign CA Free SSL Certificate G2")
                .subject("CN=www.example.cn").dnsNames("www.example.cn").sha1().notBefore(notBefore);
    }

    @Test
    void sha1CertificateDatedDecemberWithJanuarySctsIsBackdatedAcrossTheSha1Deadline() {
        CertificateView certificate = sha1Leaf("2015-12-20T06:00:00Z")
                .embeddedScts(Instant.parse("2016-01-05T03:12:44Z"), Instant.parse("2016-01-05T03:12:45Z")).view();

        LintResult warning = backdated.run(certificate, context);
        assertEquals(LintStatus.WARN, warning.status());
        assertTrue(warning.detail().contains("2016-01-05T03:12:44Z"), warning.detail());
        assertTrue(warning.detail().contains("15 days"), warning.detail());

        LintResult error = acrossDeadline.run(certificate, context);
        assertEquals(LintStatus.ERROR, error.status());
        assertTrue(error.detail().contains("e_sub_cert_or_sub_ca_using_sha1"), error.detail());
        assertTrue(error.detail().contains("2016-01-01"), error.detail());
    }

    @Test
    void sctWithin48HoursIsNoProofOfBackdating() {
        CertificateView certificate = sha1Leaf("2015-12-20T06:00:00Z").embeddedScts(Instant.parse("2015-12-22T05:59:59Z")).view();
        assertEquals(LintStatus.PASS, backdated.run(certificate, context).status());
        assertEquals(LintStatus.PASS, acrossDeadline.run(certificate, context).status());
    }

    @Test
    void anyLateSctCounts() {
        CertificateView certificate = sha1Leaf("2015-12-20T06:00:00Z")
                .embeddedScts(Instant.parse("2015-12-20T06:01:00Z"), Instant.parse("2015-12-23T06:01:00Z")).view();
        LintResult warning = backdated.run(certificate, context);
        assertEquals(LintStatus.WARN, warning.status());
        assertTrue(warning.detail().startsWith("1 of 2"), warning.detail());
        // The earliest SCT is still in 2015: no deadline crossed.
        assertEquals(LintStatus.PASS, acrossDeadline.run(certificate, context).status());
    }

    @Test
    void backdatedButBreakingNoRuleIsOnlyAWarning() {
        CertificateView certificate = sha1Leaf("2015-12-20T06:00:00Z").signatureAlgorithm("SHA256withRSA")
                .embeddedScts(Instant.parse("2016-01-05T03:12:44Z")).view();
        assertEquals(LintStatus.WARN, backdated.run(certificate, context).status());
        assertEquals(LintStatus.PASS, acrossDeadline.run(certificate, context).status());
    }

    @Test
    void ruleAlreadyInForceAtNotBeforeIsTheLintsOwnFinding() {
        CertificateView certificate = sha1Leaf("2016-02-01T00:00:00Z").embeddedScts(Instant.parse("2016-03-01T00:00:00Z")).view();
        assertEquals(LintStatus.PASS, acrossDeadline.run(certificate, context).status());
    }

    @Test
    void withoutSctsNeitherApplies() {
        CertificateView certificate = sha1Leaf("2015-12-20T06:00:00Z").view();
        assertEquals(LintStatus.NA, backdated.run(certificate, context).status());
        assertEquals(LintStatus.NA, acrossDeadline.run(certificate, context).status());
    }
}
