package org.casebook.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class DuplicateSerialSameIssuerTests {

    private final DuplicateSerialSameIssuer check = new DuplicateSerialSameIssuer();

    private static TestPki.CertBuilder wosignLeaf(String name, String notBefore) {
        return TestPki.certificate().issuer("C=CN,O=WoSign CA Limited,CN=WoSign CA Free SSL Certificate G2")
                .subject("CN=" + name).dnsNames(name).serial("6A3C6F0E9B1D4C2A5F7E8D9C0B1A2F3E").notBefore(notBefore);
    }

    @Test
    void sameSerialThirtySevenSecondsApartIsAnError() {
        CertificateView first = wosignLeaf("a.example.com", "2015-05-12T08:00:00Z").view();
        CertificateView second = wosignLeaf("b.example.com", "2015-05-12T08:00:37Z").view();
        InMemoryCorpus corpus = new InMemoryCorpus().add(first, second);

        LintResult result = check.run(second, corpus.context());
        assertEquals(LintStatus.ERROR, result.status());
        assertTrue(result.detail().contains(first.sha256Hex()), result.detail());
        assertTrue(result.detail().contains("37 seconds apart"), result.detail());
        assertEquals(LintStatus.ERROR, check.run(first, corpus.context()).status());
    }

    @Test
    void aCertificateIsNotItsOwnDuplicate() {
        CertificateView only = wosignLeaf("a.example.com", "2015-05-12T08:00:00Z").view();
        assertEquals(LintStatus.PASS, check.run(only, new InMemoryCorpus().add(only).context()).status());
    }

    @Test
    void precertificateAndItsFinalCertificateAreOneIssuance() {
        byte[][] pair = wosignLeaf("a.example.com", "2016-03-01T00:00:00Z").precertificateAndFinal(Instant.parse("2016-03-01T00:05:00Z"));
        CertificateView pre = view(pair[0]);
        CertificateView fin = view(pair[1]);
        assertTrue(pre.isPrecertificate());
        InMemoryCorpus corpus = new InMemoryCorpus().add(pre, fin);
        assertEquals(LintStatus.PASS, check.run(fin, corpus.context()).status());
        assertEquals(LintStatus.PASS, check.run(pre, corpus.context()).status());
    }

    @Test
    void aFinalCertificateThatDiffersFromThePrecertificateIsADuplicate() {
        CertificateView pre = wosignLeaf("a.example.com", "2016-03-01T00:00:00Z").precertificate().view();
        CertificateView other = wosignLeaf("b.example.com", "2016-03-01T00:00:00Z").view();
        LintResult result = check.run(other, new InMemoryCorpus().add(pre, other).context());
        assertEquals(LintStatus.ERROR, result.status());
        assertTrue(result.detail().contains("precertificate"), result.detail());
    }

    @Test
    void reissuedIntermediateWithTheSameSerialIsAnError() {
        String root = "C=CN,O=WoSign CA Limited,CN=Certification Authority of WoSign";
        TestPki.CertBuilder intermediate = TestPki.certificate().ca().issuer(root)
                .subject("C=CN,O=WoSign CA Limited,CN=WoSign Class 3 OV Server CA").serial("2B");
        CertificateView original = intermediate.validity("2009-08-08T01:00:01Z", "2024-08-08T01:00:01Z").view();
        CertificateView reissued = intermediate.validity("2014-11-08T00:00:00Z", "2024-11-08T00:00:00Z").sha1().view();
        LintResult result = check.run(reissued, new InMemoryCorpus().add(original, reissued).context());
        assertEquals(LintStatus.ERROR, result.status());
        assertTrue(result.detail().contains("serial 2B"), result.detail());
    }

    @Test
    void sameIssuerNameWithAnotherKeyIsAnotherIssuer() {
        CertificateView a = wosignLeaf("a.example.com", "2015-05-12T08:00:00Z").view();
        CertificateView b = wosignLeaf("b.example.com", "2015-05-12T08:00:37Z").issuerKey(TestPki.ecP256Key()).view();
        assertEquals(LintStatus.PASS, check.run(b, new InMemoryCorpus().add(a, b).context()).status());
    }

    @Test
    void sameSerialFromAnotherIssuerIsFine() {
        CertificateView a = wosignLeaf("a.example.com", "2015-05-12T08:00:00Z").view();
        CertificateView b = wosignLeaf("b.example.com", "2015-05-12T08:00:37Z").issuer("C=IL,O=StartCom Ltd.,CN=StartCom Class 1 DV Server CA").view();
        assertEquals(LintStatus.PASS, check.run(b, new InMemoryCorpus().add(a, b).context()).status());
    }

    @Test
    void withoutKeyIdentifiersTheStoredIssuerDecides() {
        String issuerName = "C=CN,O=Test,CN=No AKI CA";
        CertificateView issuerA = TestPki.certificate().selfSignedRoot(issuerName).subjectKey(TestPki.rsaKey()).view();
        CertificateView issuerB = TestPki.certificate().selfSignedRoot(issuerName).subjectKey(TestPki.ecP256Key()).serial("01").view();
        CertificateView a = TestPki.certificate().issuer(issuerName).serial("77").without(org.bouncycastle.asn1.x509.Extension.authorityKeyIdentifier).view();
        CertificateView b = TestPki.certificate().issuer(issuerName).serial("77").subject("CN=b.example.com").issuerKey(TestPki.ecP256Key())
                .without(org.bouncycastle.asn1.x509.Extension.authorityKeyIdentifier).view();
        CertificateView c = TestPki.certificate().issuer(issuerName).serial("77").subject("CN=c.example.com")
                .without(org.bouncycastle.asn1.x509.Extension.authorityKeyIdentifier).view();
        InMemoryCorpus corpus = new InMemoryCorpus().add(issuerA, issuerB, a, b);
        assertEquals(LintStatus.PASS, check.run(b, corpus.context()).status(), "signed by different keys of the same name");
        corpus.add(c);
        assertEquals(LintStatus.ERROR, check.run(c, corpus.context()).status(), "signed by the same key as a");
    }

    static CertificateView view(byte[] der) {
        try {
            return CertificateView.of(der);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
