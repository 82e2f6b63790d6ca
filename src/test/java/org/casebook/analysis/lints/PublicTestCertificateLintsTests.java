package org.casebook.analysis.lints;

import static org.casebook.analysis.lints.LintCases.result;
import static org.casebook.analysis.lints.LintCases.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** Certificates named as tests, issued from a publicly trusted hierarchy (n_test_certificate_in_public_hierarchy). */
class PublicTestCertificateLintsTests {

    private static final String WOSIGN_ISSUER = "C=CN,O=WoSign CA Limited,CN=WoSign CA Free SSL Certificate G2";

    @Test
    void testNamedCertificateFromAPublicIssuerIsANotice() {
        CertificateView sm2Test = TestPki.certificate().issuer(WOSIGN_ISSUER).subject("CN=SM2 Test Certificate")
                .subjectKey(TestPki.sm2Key()).dnsNames("test.wosign.com").notBefore("2015-11-20T00:00:00Z").view();
        assertEquals(LintStatus.NOTICE, status("n_test_certificate_in_public_hierarchy", sm2Test));
        String detail = result("n_test_certificate_in_public_hierarchy", sm2Test).detail();
        assertTrue(detail.contains("CN=SM2 Test Certificate") && detail.contains("test.wosign.com"), detail);
    }

    @Test
    void ordinaryNamesAndWordsContainingTestPass() {
        CertificateView ordinary = TestPki.certificate().issuer(WOSIGN_ISSUER).subject("CN=www.contest.example,O=Latest News Ltd")
                .dnsNames("www.contest.example", "testing.example.com").view();
        assertEquals(LintStatus.PASS, status("n_test_certificate_in_public_hierarchy", ordinary));
    }

    @Test
    void certificatesFromATestCaAreNotApplicable() {
        CertificateView privateTest = TestPki.certificate().issuer("CN=Example Test CA").subject("CN=test.example.com")
                .dnsNames("test.example.com").view();
        assertEquals(LintStatus.NA, status("n_test_certificate_in_public_hierarchy", privateTest));
    }
}
