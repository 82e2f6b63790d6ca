package org.casebook.evidence.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.evidence.StoredFinding;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * POST /api/lint lints in chunks on several threads and asks the corpus its questions a chunk at a time (issue 12);
 * its answer must be what linting and corpus-checking each certificate alone gives, here against a corpus where
 * every corpus check has something to find: a duplicate serial, a cross-signature, a fixed notAfter template,
 * a certificate filed as evidence under a CA with a calendar.
 */
@QuarkusTest
class LintPathEquivalenceTests {

    private static final String REVIEWER = "equivalencereviewer";

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CertificateLints lints;

    @Inject
    CertificateService certificates;

    @Test
    void chunkedParallelLintAnswersAsCertificateByCertificate() throws Exception {
        caseFiles.user(REVIEWER, "reviewer");
        caseFiles.ensureCa("lintpathca", "Lint Path CA");
        KeyPair issuerKey = TestPki.newRsaKey();
        String issuer = "C=CN,O=Lint Path CA,CN=Lint Path Issuing CA";
        String otherIssuer = "C=CN,O=Lint Path CA,CN=Lint Path Other CA";
        String fixedNotAfter = "2018-03-01T00:00:00Z";
        List<byte[]> stored = new ArrayList<>();
        // the issuing CA itself, so that its certificates find their issuer on file
        stored.add(TestPki.certificate().selfSignedRoot(issuer).subjectKey(issuerKey).notBefore("2015-01-05T00:00:00Z").der());
        // a fixed notAfter template: twelve days, one notAfter
        for (int day = 0; day < 12; day++) {
            stored.add(TestPki.certificate().issuer(issuer).issuerKey(issuerKey).dnsNames("template" + day + ".lintpath.example")
                    .validity(Instant.parse("2016-02-01T00:00:00Z").plusSeconds(86_400L * day).toString(), fixedNotAfter).der());
        }
        BigInteger duplicated = TestPki.randomSerial(128);
        stored.add(TestPki.certificate().issuer(issuer).issuerKey(issuerKey).serial(duplicated).dnsNames("first.lintpath.example").der());
        KeyPair crossKey = TestPki.newRsaKey();
        stored.add(TestPki.certificate().issuer(otherIssuer).issuerKey(issuerKey).subject("CN=cross.lintpath.example").subjectKey(crossKey)
                .dnsNames("cross.lintpath.example").der());
        for (byte[] der : stored) {
            caseFiles.storeCertificate(der);
        }
        // filed as evidence under a CA in China: its notBefore, 2016-10-01, is a public holiday there
        byte[] evidence = TestPki.certificate().issuer(issuer).issuerKey(issuerKey).dnsNames("holiday.lintpath.example")
                .notBefore("2016-10-01T03:00:00Z").der();
        given().auth().preemptive().basic(REVIEWER, REVIEWER + "-pw").contentType("application/pkix-cert").body(evidence)
                .queryParam("ca", "lintpathca").queryParam("issue", "H").post("/api/certificates").then().statusCode(200);

        List<byte[]> bundle = new ArrayList<>();
        bundle.add(TestPki.certificate().issuer(issuer).issuerKey(issuerKey).serial(duplicated).dnsNames("second.lintpath.example").der());
        bundle.add(TestPki.certificate().issuer(issuer).issuerKey(issuerKey).subject("CN=cross.lintpath.example").subjectKey(crossKey)
                .dnsNames("cross.lintpath.example").der());
        bundle.add(evidence);
        for (int i = 0; i < 150; i++) {
            // more than two chunks, a third on the template's notAfter, some on days off
            TestPki.CertBuilder filler = TestPki.certificate().issuer(issuer).issuerKey(issuerKey).dnsNames("filler" + i + ".lintpath.example");
            Instant notBefore = Instant.parse("2016-09-25T08:00:00Z").plusSeconds(86_400L * (i % 20));
            filler = i % 3 == 0 ? filler.validity(notBefore.toString(), fixedNotAfter) : filler.notBefore(notBefore.toString());
            bundle.add(filler.der());
        }
        StringBuilder pem = new StringBuilder();
        bundle.forEach(der -> pem.append(TestPki.toPem(der)));

        JsonPath answer = given().contentType("text/plain").body(pem.toString().getBytes()).post("/api/lint").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> answered = answer.getList("certificates");
        assertEquals(bundle.size(), answered.size());
        Set<String> corpusCodes = new HashSet<>();
        for (int i = 0; i < bundle.size(); i++) {
            CertificateView view = CertificateParser.parseDer(bundle.get(i));
            List<String> expected = new ArrayList<>();
            for (StoredFinding f : certificates.withCorpus(lints.findings(view), view, null)) {
                expected.add(f.code + " | " + f.severity + " | " + f.message + " | " + f.citation);
            }
            List<String> actual = new ArrayList<>();
            for (Map<String, Object> f : answer.<Map<String, Object>>getList("certificates[" + i + "].findings")) {
                actual.add(f.get("code") + " | " + f.get("severity") + " | " + f.get("message") + " | " + f.get("citation"));
                corpusCodes.add((String) f.get("code"));
            }
            assertEquals(view.sha256Hex(), answer.getString("certificates[" + i + "].sha256"));
            assertEquals(expected, actual, "certificate " + i);
        }
        for (String code : List.of("e_duplicate_serial_same_issuer", "n_cross_signature", "n_fixed_notafter_template", "n_notbefore_on_non_working_day")) {
            assertTrue(corpusCodes.contains(code), code + " among the answer's findings: " + corpusCodes);
        }
    }
}
