package org.casebook.analysis.lints;

import static org.casebook.analysis.lints.LintCases.result;
import static org.casebook.analysis.lints.LintCases.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** Certificates that are not DER: read leniently, reported by e_certificate_not_der. */
class DerEncodingLintsTests {

    @Test
    void indefiniteLengthCertificateIsNotDer() throws Exception {
        byte[] ber = TestPki.withIndefiniteOuterLength(TestPki.certificate().der());
        CertificateParseException strict = assertThrows(CertificateParseException.class, () -> CertificateParser.parseDer(ber));
        assertTrue(strict.getMessage().startsWith("not DER: indefinite length"), strict.getMessage());
        CertificateView lenient = CertificateParser.parseLenient(ber);
        assertEquals(LintStatus.ERROR, status("e_certificate_not_der", lenient));
        assertTrue(result("e_certificate_not_der", lenient).detail().contains("offset 0"), result("e_certificate_not_der", lenient).detail());
    }

    @Test
    void derCertificatePassesTheEncodingLint() {
        assertEquals(LintStatus.PASS, status("e_certificate_not_der", TestPki.certificate().view()));
    }
}
