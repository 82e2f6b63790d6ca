package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class CertificateViewTests {

    @Test
    void embeddedSctsCarryLogIdAndTimestamp() {
        Instant first = Instant.parse("2016-01-18T05:33:21.123Z");
        Instant second = Instant.parse("2016-01-19T00:00:00Z");
        CertificateView view = TestPki.certificate().notBefore("2015-12-20T00:00:00Z").embeddedScts(first, second).view();
        List<SignedCertificateTimestamp> scts = view.embeddedScts();
        assertEquals(2, scts.size());
        assertEquals(first, scts.get(0).timestamp());
        assertEquals(second, scts.get(1).timestamp());
        assertEquals(32, scts.get(0).logId().length);
        assertEquals(1, scts.get(0).logId()[0]);
        assertEquals(0, scts.get(0).version());
        assertEquals(4, scts.get(0).hashAlgorithm());
        assertEquals(3, scts.get(0).signatureAlgorithm());
        assertArrayEquals(new byte[] {0x30, 0x00}, scts.get(0).signature());
        assertNull(view.embeddedSctProblem());
        assertEquals(first, view.earliestSctTime());
    }

    @Test
    void truncatedSctListKeepsWhatWasReadAndSaysWhy() {
        byte[] list = TestPki.certificate().embeddedScts(Instant.parse("2016-01-18T00:00:00Z")).view()
                .extension(CertificateView.CT_SCT_LIST).getExtnValue().getOctets();
        // list = 04 len <tls>; cut the final signature byte and fix up nothing: the SCT now overruns
        byte[] tls = java.util.Arrays.copyOfRange(list, 2, list.length - 1);
        byte[] octetString = new byte[tls.length + 2];
        octetString[0] = 0x04;
        octetString[1] = (byte) tls.length;
        System.arraycopy(tls, 0, octetString, 2, tls.length);
        CertificateView view = TestPki.certificate().rawExtension(CertificateView.CT_SCT_LIST, false, octetString).view();
        assertTrue(view.hasEmbeddedSctList());
        assertTrue(view.embeddedScts().isEmpty());
        assertTrue(view.embeddedSctProblem().startsWith("the list declares"), view.embeddedSctProblem());
    }

    @Test
    void precertificatePoisonIsRecognisedAndChecked() {
        CertificateView precertificate = TestPki.certificate().precertificate().view();
        assertTrue(precertificate.isPrecertificate());
        assertNull(precertificate.precertificatePoisonProblem());
        CertificateView nonCritical = TestPki.certificate()
                .extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.3"), false, DERNull.INSTANCE).view();
        assertEquals("the precertificate poison extension is not marked critical", nonCritical.precertificatePoisonProblem());
        CertificateView ordinary = TestPki.certificate().view();
        assertFalse(ordinary.isPrecertificate());
        assertNull(ordinary.precertificatePoisonProblem());
    }

    @Test
    void viewKeepsTheOriginalEncoding() throws Exception {
        byte[] ber = TestPki.withIndefiniteOuterLength(TestPki.certificate().der());
        CertificateView view = CertificateParser.parseLenient(ber);
        assertArrayEquals(ber, view.der());
        assertTrue(view.nonDerReason().startsWith("indefinite length"));
    }

    @Test
    void suiteRunsEveryLintAndReJudgesDateGatedRulesAtTheProvenIssuanceTime() {
        // backdated SHA-1: notBefore before the 2016 cut-off, SCT after it (the WoSign case)
        CertificateView backdated = TestPki.certificate().sha1().notBefore("2015-12-20T00:00:00Z")
                .embeddedScts(Instant.parse("2016-01-18T05:33:21Z")).view();
        LintSuite suite = LintSuite.standard();
        List<LintSuite.Outcome> asWritten = suite.run(backdated);
        assertEquals(LintRegistry.discover().lints().size(), asWritten.size());
        assertEquals(LintStatus.NE, outcome(asWritten, "e_sub_cert_or_sub_ca_using_sha1"));
        List<LintSuite.Outcome> asProven = suite.runAsOf(backdated, backdated.earliestSctTime());
        assertEquals(LintStatus.ERROR, outcome(asProven, "e_sub_cert_or_sub_ca_using_sha1"));
        assertTrue(suite.findings(backdated).stream().allMatch(LintSuite.Outcome::isFinding));
    }

    @Test
    void aLintThatCannotReadTheCertificateDoesNotStopTheOthers() {
        CertificateLint broken = new BrokenLint();
        LintResult result = LintSuite.runOne(broken, TestPki.certificate().view(), Instant.now());
        assertEquals(LintStatus.NA, result.status());
        assertTrue(result.detail().startsWith("could not evaluate"));
    }

    private static LintStatus outcome(List<LintSuite.Outcome> outcomes, String code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow().status();
    }

    @LintSpec(code = "e_test_broken", description = "throws", citation = "none", source = LintSource.COMMUNITY)
    static final class BrokenLint extends CertificateLint {
        @Override
        protected LintResult check(CertificateView certificate) {
            throw new IllegalStateException("boom");
        }
    }
}
