package org.casebook.analysis.lints;

import static org.casebook.analysis.lints.LintCases.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** SHA-1 signatures: not after 2016, and a warning for those expiring after 2017. */
class Sha1SignatureLintsTests {

    @Test
    void sha1ExpiringAfter2017IsAWarning() {
        CertificateView longLived = TestPki.certificate().sha1().validity("2015-06-01T00:00:00Z", "2017-06-01T00:00:00Z").view();
        assertEquals(LintStatus.WARN, status("w_sub_cert_sha1_expiration_too_long", longLived));
        CertificateView shortLived = TestPki.certificate().sha1().validity("2015-06-01T00:00:00Z", "2016-12-31T00:00:00Z").view();
        assertEquals(LintStatus.PASS, status("w_sub_cert_sha1_expiration_too_long", shortLived));
        CertificateView sha256 = TestPki.certificate().validity("2015-06-01T00:00:00Z", "2017-06-01T00:00:00Z").view();
        assertEquals(LintStatus.NA, status("w_sub_cert_sha1_expiration_too_long", sha256));
        CertificateView beforeTheRule = TestPki.certificate().sha1().validity("2014-12-01T00:00:00Z", "2017-06-01T00:00:00Z").view();
        assertEquals(LintStatus.NE, status("w_sub_cert_sha1_expiration_too_long", beforeTheRule));
    }

    @Test
    void sha1SignedAfter2016IsAnError() {
        CertificateView sha1 = TestPki.certificate().sha1().notBefore("2016-01-18T00:00:00Z").view();
        assertEquals(LintStatus.ERROR, status("e_sub_cert_or_sub_ca_using_sha1", sha1));
        assertTrue(LintCases.result("e_sub_cert_or_sub_ca_using_sha1", sha1).detail().contains("SHA1withRSA"));
    }
}
