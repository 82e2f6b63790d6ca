package org.casebook.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.function.IntFunction;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class SerialGenerator63BitsTests {

    private final SerialGenerator63Bits check = new SerialGenerator63Bits();

    private static CertificateView leaf(String issuer, BigInteger serial) {
        return TestPki.certificate().issuer(issuer).serial(serial).notBefore("2018-06-01T00:00:00Z").view();
    }

    private static InMemoryCorpus corpus(String issuer, int count, IntFunction<BigInteger> serials) {
        InMemoryCorpus corpus = new InMemoryCorpus();
        for (int i = 0; i < count; i++) {
            corpus.add(leaf(issuer, serials.apply(i)));
        }
        return corpus;
    }

    @Test
    void issuerWhoseSerialsNeverUseTheTopBitHasA63BitGenerator() {
        String issuer = "C=US,O=Example,CN=Sixty-Three";
        InMemoryCorpus corpus = corpus(issuer, 20, i -> TestPki.randomSerial(63 - (i % 3)));
        CertificateView next = leaf(issuer, TestPki.randomSerial(63));
        corpus.add(next);
        LintResult result = check.run(next, corpus.context());
        assertEquals(LintStatus.WARN, result.status());
        assertTrue(result.detail().contains("at least 20 serials"), result.detail());
    }

    @Test
    void issuerWithReal64BitSerialsPasses() {
        String issuer = "C=US,O=Example,CN=Sixty-Four";
        // A 64-bit generator: the top bit is set about half the time (a 9-octet encoding).
        InMemoryCorpus corpus = corpus(issuer, 20, i -> i % 2 == 0 ? TestPki.randomSerial(64) : TestPki.randomSerial(63));
        CertificateView next = leaf(issuer, TestPki.randomSerial(63));
        assertEquals(LintStatus.PASS, check.run(next, corpus.context()).status());
    }

    @Test
    void tooFewSerialsOnFileIsNoEvidence() {
        String issuer = "C=US,O=Example,CN=Few";
        InMemoryCorpus corpus = corpus(issuer, 18, i -> TestPki.randomSerial(63));
        assertEquals(LintStatus.PASS, check.run(leaf(issuer, TestPki.randomSerial(63)), corpus.context()).status());
    }

    @Test
    void longSerialsAreNotConcerned() {
        String issuer = "C=US,O=Example,CN=Long";
        InMemoryCorpus corpus = corpus(issuer, 25, i -> TestPki.randomSerial(63));
        assertEquals(LintStatus.NA, check.run(leaf(issuer, TestPki.randomSerial(128)), corpus.context()).status());
    }

    @Test
    void beforeTheEntropyRuleItIsNotInEffect() {
        String issuer = "C=US,O=Example,CN=Early";
        InMemoryCorpus corpus = corpus(issuer, 25, i -> TestPki.randomSerial(63));
        CertificateView early = TestPki.certificate().issuer(issuer).serial(TestPki.randomSerial(63)).notBefore("2016-01-01T00:00:00Z").view();
        assertEquals(LintStatus.NE, check.run(early, corpus.context()).status());
    }
}
