package org.casebook.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class CrossSignatureTests {

    private static final String WOSIGN_ROOT = "C=CN,O=WoSign CA Limited,CN=Certification Authority of WoSign";
    private static final String STARTCOM_ROOT = "C=IL,O=StartCom Ltd.,OU=Secure Digital Certificate Signing,CN=StartCom Certification Authority";

    private final CrossSignature check = new CrossSignature();

    @Test
    void rootCrossSignedByAnotherRootIsNoted() {
        CertificateView root = TestPki.certificate().selfSignedRoot(WOSIGN_ROOT).subjectKey(TestPki.ecP256Key())
                .validity("2009-08-08T01:00:01Z", "2039-08-08T01:00:01Z").view();
        CertificateView cross = TestPki.certificate().ca().subject(WOSIGN_ROOT).subjectKey(TestPki.ecP256Key())
                .issuer(STARTCOM_ROOT).issuerKey(TestPki.rsaKey()).serial("1D06")
                .validity("2012-11-21T00:00:00Z", "2019-11-21T00:00:00Z").view();
        InMemoryCorpus corpus = new InMemoryCorpus().add(root, cross);

        LintResult onRoot = check.run(root, corpus.context());
        assertEquals(LintStatus.NOTICE, onRoot.status());
        assertTrue(onRoot.detail().contains("StartCom Certification Authority"), onRoot.detail());
        assertTrue(onRoot.detail().contains(cross.sha256Hex()), onRoot.detail());
        assertEquals(LintStatus.NOTICE, check.run(cross, corpus.context()).status());
    }

    @Test
    void reissueBySameIssuerIsNotACrossSignature() {
        CertificateView first = TestPki.certificate().selfSignedRoot(WOSIGN_ROOT).serial("01").view();
        CertificateView second = TestPki.certificate().selfSignedRoot(WOSIGN_ROOT).serial("02").sha1().view();
        assertEquals(LintStatus.PASS, check.run(second, new InMemoryCorpus().add(first, second).context()).status());
    }

    @Test
    void sameSubjectWithAnotherKeyIsNotACrossSignature() {
        CertificateView root = TestPki.certificate().selfSignedRoot(WOSIGN_ROOT).subjectKey(TestPki.ecP256Key()).view();
        CertificateView other = TestPki.certificate().ca().subject(WOSIGN_ROOT).subjectKey(TestPki.rsaKey()).issuer(STARTCOM_ROOT).view();
        assertEquals(LintStatus.PASS, check.run(other, new InMemoryCorpus().add(root, other).context()).status());
    }
}
