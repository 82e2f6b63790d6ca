package org.casebook.analysis.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.analysis.LintSuite;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * For every BR 7.1.2 profile, one complete certificate that follows it in full: it is judged as that profile and
 * no lint reports an error on it (warnings and notices may remain; they are listed in the output).
 */
class ProfileConformanceTests {

    private static final LintSuite SUITE = LintSuite.standard();

    private static void judgedWithoutErrors(TestPki.CertBuilder builder, String expectedLabel) {
        CertificateView certificate = builder.view();
        assertEquals(expectedLabel, BrProfile.judge(certificate).label());
        List<String> errors = SUITE.findings(certificate).stream().filter(o -> o.status() == LintStatus.ERROR)
                .map(o -> o.code() + ": " + o.result().detail()).toList();
        SUITE.findings(certificate).stream().filter(o -> o.status() != LintStatus.ERROR)
                .forEach(o -> System.out.println(expectedLabel + " (not an error) " + o.code() + ": " + o.result().detail()));
        assertEquals(List.of(), errors, expectedLabel);
    }

    @Test
    void rootCa() {
        judgedWithoutErrors(ProfileCertificates.rootCa(), "root CA");
    }

    @Test
    void tlsSubordinateCa() {
        judgedWithoutErrors(ProfileCertificates.tlsSubordinateCa(), "TLS subordinate CA");
    }

    @Test
    void crossCertifiedSubordinateCa() {
        judgedWithoutErrors(ProfileCertificates.crossCertifiedCa(), "cross-certified subordinate CA");
    }

    @Test
    void technicallyConstrainedNonTlsSubordinateCa() {
        judgedWithoutErrors(ProfileCertificates.nonTlsSubordinateCa(), "technically constrained non-TLS subordinate CA");
    }

    @Test
    void precertificateSigningCa() {
        judgedWithoutErrors(ProfileCertificates.precertificateSigningCa(), "technically constrained precertificate signing CA");
    }

    @Test
    void technicallyConstrainedTlsSubordinateCa() {
        judgedWithoutErrors(ProfileCertificates.constrainedTlsSubordinateCa(), "technically constrained TLS subordinate CA");
    }

    @Test
    void ocspResponder() {
        judgedWithoutErrors(ProfileCertificates.ocspResponder(), "OCSP responder");
    }

    @Test
    void dvSubscriber() {
        judgedWithoutErrors(ProfileCertificates.dvSubscriber(), "subscriber, DV");
    }

    @Test
    void ovSubscriber() {
        judgedWithoutErrors(ProfileCertificates.ovSubscriber(), "subscriber, OV");
    }

    @Test
    void ivSubscriber() {
        judgedWithoutErrors(ProfileCertificates.ivSubscriber(), "subscriber, IV");
    }

    @Test
    void evSubscriber() {
        judgedWithoutErrors(ProfileCertificates.evSubscriber(), "subscriber, EV");
    }
}
