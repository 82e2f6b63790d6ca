package org.casebook.analysis.lints;

import static org.casebook.analysis.lints.LintCases.result;
import static org.casebook.analysis.lints.LintCases.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** Elliptic curves allowed for subject keys. */
class EcCurveLintsTests {

    @Test
    void sm2KeyIsAnImproperCurve() {
        CertificateView sm2 = TestPki.certificate().subjectKey(TestPki.sm2Key()).notBefore("2015-11-01T00:00:00Z").view();
        assertEquals(LintStatus.ERROR, status("e_ec_improper_curves", sm2));
        assertTrue(result("e_ec_improper_curves", sm2).detail().contains("1.2.156.10197.1.301"), result("e_ec_improper_curves", sm2).detail());
    }

    @Test
    void nistCurvesPassAndRsaKeysAreNotApplicable() {
        assertEquals(LintStatus.PASS, status("e_ec_improper_curves", TestPki.certificate().subjectKey(TestPki.ecP256Key()).view()));
        assertEquals(LintStatus.PASS, status("e_ec_improper_curves", TestPki.certificate().subjectKey(TestPki.ecKey("secp384r1")).view()));
        assertEquals(LintStatus.ERROR, status("e_ec_improper_curves", TestPki.certificate().subjectKey(TestPki.ecKey("secp224r1")).view()));
        assertEquals(LintStatus.NA, status("e_ec_improper_curves", TestPki.certificate().view()));
    }
}
