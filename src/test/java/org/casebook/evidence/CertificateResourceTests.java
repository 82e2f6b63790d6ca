package org.casebook.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CertificateResourceTests {

    static final String REVIEWER = "apireviewer";
    static final String PASSWORD = REVIEWER + "-pw";

    @Inject
    TestCaseFiles caseFiles;

    @BeforeEach
    void users() {
        caseFiles.user(REVIEWER, "reviewer");
        caseFiles.user("apimanager", "manager");
    }

    private static io.restassured.specification.RequestSpecification reviewer() {
        return given().auth().preemptive().basic(REVIEWER, PASSWORD);
    }

    private long storedCount() {
        return caseFiles.certificateCount();
    }

    @Test
    void pemBundleIsStoredOnceLintedAndFiledAsEvidence() {
        caseFiles.createCa("apica1", "API Test CA 1");
        byte[] clean = TestPki.certificate().dnsNames("clean.api1.example").der();
        byte[] sha1 = TestPki.certificate().sha1().dnsNames("sha1.api1.example").notBefore("2016-03-01T00:00:00Z").der();
        String bundle = "openssl said:\n" + TestPki.toPem(clean) + "and then\n" + TestPki.toPem(sha1);
        JsonPath first = reviewer().contentType("application/x-pem-file").body(bundle.getBytes())
                .queryParam("ca", "apica1").queryParam("issue", "H").queryParam("note", "misissued for a github.com subdomain")
                .post("/api/certificates").then().statusCode(200)
                .body("certificates", hasSize(2)).body("rejected", hasSize(0))
                .body("certificates[0].alreadyOnFile", equalTo(false))
                .body("certificates[0].index", equalTo(0))
                .body("certificates[1].signatureAlgorithm", equalTo("SHA1withRSA"))
                .body("certificates[1].findings.code", hasItem("e_sub_cert_or_sub_ca_using_sha1"))
                .body("certificates[1].findings.find { it.code == 'e_sub_cert_or_sub_ca_using_sha1' }.severity", equalTo("error"))
                .body("certificates[1].findings.find { it.code == 'e_sub_cert_or_sub_ca_using_sha1' }.citation", notNullValue())
                .body("certificates[1].evidence[0].ca", equalTo("apica1"))
                .body("certificates[1].evidence[0].issue", equalTo("H"))
                .body("certificates[1].evidence[0].note", equalTo("misissued for a github.com subdomain"))
                .extract().jsonPath();
        assertFalse(first.getList("certificates[0].findings.code").contains("e_sub_cert_or_sub_ca_using_sha1"));
        String sha = first.getString("certificates[1].sha256");
        long before = storedCount();

        // The same certificates again: linked, not stored twice, and the note stays.
        reviewer().contentType("text/plain").body(bundle).queryParam("ca", "apica1").queryParam("issue", "H")
                .post("/api/certificates").then().statusCode(200)
                .body("certificates.alreadyOnFile", equalTo(List.of(true, true)))
                .body("certificates[1].sha256", equalTo(sha))
                .body("certificates[1].evidence", hasSize(1))
                .body("certificates[1].evidence[0].note", equalTo("misissued for a github.com subdomain"));
        assertEquals(before, storedCount());

        given().get("/api/certificates/" + sha).then().statusCode(200)
                .body("sha256", equalTo(sha))
                .body("serial", equalTo(first.getString("certificates[1].serial")))
                .body("notBefore", equalTo("2016-03-01T00:00:00Z"))
                .body("findings.code", hasItem("e_sub_cert_or_sub_ca_using_sha1"))
                .body("evidence[0].issue", equalTo("H"));
        given().get("/api/certificates/" + sha.toUpperCase()).then().statusCode(200);
    }

    @Test
    void singleDerCertificate() {
        byte[] der = TestPki.certificate().dnsNames("der.api.example").der();
        reviewer().contentType("application/pkix-cert").body(der).post("/api/certificates").then().statusCode(200)
                .body("certificates", hasSize(1)).body("certificates[0].subject", equalTo("/CN=www.example.com"))
                .body("certificates[0].evidence", hasSize(0));
    }

    @Test
    void multipartWithSeveralFilesKeepsTheGoodOnesAndNamesEachBadOne() {
        byte[] good1 = TestPki.certificate().dnsNames("m1.api.example").der();
        byte[] good2 = TestPki.certificate().dnsNames("m2.api.example").der();
        byte[] truncated = Arrays.copyOf(good2, good2.length - 10);
        JsonPath answer = reviewer()
                .multiPart("file", "one.der", good1, "application/pkix-cert")
                .multiPart("file", "cut.der", truncated, "application/pkix-cert")
                .multiPart("file", "notes.txt", "not a certificate at all".getBytes(), "text/plain")
                .multiPart("file", "two.pem", TestPki.toPem(good2).getBytes(), "application/x-pem-file")
                .post("/api/certificates").then().statusCode(200)
                .body("certificates", hasSize(2))
                .body("certificates.index", equalTo(List.of(0, 3)))
                .body("rejected", hasSize(2))
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].source", equalTo("file 'cut.der'"))
                .body("rejected[0].reason", startsWith("truncated: the element at offset 0 declares"))
                .body("rejected[1].index", equalTo(2))
                .body("rejected[1].reason", startsWith("not a certificate"))
                .extract().jsonPath();
        assertEquals(2, answer.getList("certificates").size());
    }

    @Test
    void nothingThatIsACertificateIsA400NamingTheProblem() {
        reviewer().contentType("text/plain").body("-----BEGIN CERTIFICATE-----\nMIIBkzCCATmgAwIBAgIJ\n-----END CERTIFICATE-----\n")
                .post("/api/certificates").then().statusCode(400)
                .body("error", equalTo("no certificate"))
                .body("detail", containsString("item 0 (body, PEM block 1): truncated"));
        reviewer().contentType("text/plain").body("").post("/api/certificates").then().statusCode(400)
                .body("error", equalTo("no certificate")).body("detail", containsString("empty"));
        reviewer().contentType("application/json").body("{\"pem\":\"x\"}").post("/api/certificates").then().statusCode(400)
                .body("detail", containsString("not a certificate"));
    }

    @Test
    void overTheLimitsIsA413() {
        String block = "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n";
        reviewer().contentType("text/plain").body(block.repeat(5001)).post("/api/certificates").then().statusCode(413)
                .body("error", equalTo("too many items")).body("detail", containsString("5000"));
        byte[] big = new byte[8 * 1024 * 1024 + 10];
        Arrays.fill(big, (byte) 'A');
        reviewer().contentType("text/plain").body(big).post("/api/certificates").then().statusCode(413)
                .body("error", equalTo("request too large"));
        given().contentType("text/plain").body(big).post("/api/lint").then().statusCode(413);
    }

    @Test
    void anonymousUploadIsRefused() {
        byte[] der = TestPki.certificate().dnsNames("anon.api.example").der();
        long before = storedCount();
        given().contentType("application/pkix-cert").body(der).post("/api/certificates").then().statusCode(401);
        given().multiPart("file", "a.der", der).post("/api/certificates").then().statusCode(401);
        given().auth().preemptive().basic(REVIEWER, "wrong password").contentType("application/pkix-cert").body(der)
                .post("/api/certificates").then().statusCode(401);
        assertEquals(before, storedCount());
    }

    @Test
    void managersMayUploadToo() {
        byte[] der = TestPki.certificate().dnsNames("manager.api.example").der();
        given().auth().preemptive().basic("apimanager", "apimanager-pw").contentType("application/pkix-cert").body(der)
                .post("/api/certificates").then().statusCode(200);
    }

    @Test
    void anUnknownIssueIsRefusedBeforeAnythingIsStored() {
        caseFiles.createCa("apica2", "API Test CA 2");
        byte[] der = TestPki.certificate().dnsNames("unknown-issue.api.example").der();
        long before = storedCount();
        reviewer().contentType("application/pkix-cert").body(der).queryParam("ca", "apica2").queryParam("issue", "Q")
                .post("/api/certificates").then().statusCode(404).body("detail", containsString("'Q'"));
        reviewer().contentType("application/pkix-cert").body(der).queryParam("ca", "apica2")
                .post("/api/certificates").then().statusCode(400).body("detail", startsWith("ca and issue"));
        assertEquals(before, storedCount());
    }

    @Test
    void lintStoresNothingAndAnswersLikeAnUpload() {
        byte[] sha1 = TestPki.certificate().sha1().dnsNames("lint-only.api.example").der();
        String sha = given().contentType("application/x-pem-file").body(("text before\n" + TestPki.toPem(sha1) + "text after").getBytes())
                .post("/api/lint").then().statusCode(200)
                .body("certificates", hasSize(1)).body("rejected", hasSize(0))
                .body("certificates[0].findings.code", hasItem("e_sub_cert_or_sub_ca_using_sha1"))
                .body("certificates[0].alreadyOnFile", equalTo(false))
                .extract().path("certificates[0].sha256");
        given().get("/api/certificates/" + sha).then().statusCode(404);
        given().multiPart("file", "a.der", sha1).post("/api/lint").then().statusCode(200).body("certificates", hasSize(1));
        given().contentType("text/plain").body("nothing").post("/api/lint").then().statusCode(400).body("error", equalTo("no certificate"));
    }

    @Test
    void corpusChecksSeeWhatIsOnFile() {
        java.security.KeyPair issuerKey = TestPki.rsaKey();
        byte[] first = TestPki.certificate().serial("0A1B2C3D4E5F60718293A4B5C6D7E8F9").dnsNames("dup1.api.example")
                .issuerKey(issuerKey).notBefore("2016-05-01T00:00:00Z").der();
        byte[] second = TestPki.certificate().serial("0A1B2C3D4E5F60718293A4B5C6D7E8F9").dnsNames("dup2.api.example")
                .issuerKey(issuerKey).notBefore("2016-05-01T00:00:37Z").der();
        reviewer().contentType("application/pkix-cert").body(first).post("/api/certificates").then().statusCode(200);
        given().contentType("application/pkix-cert").body(second).post("/api/lint").then().statusCode(200)
                .body("certificates[0].findings.code", hasItem("e_duplicate_serial_same_issuer"));
    }

    @Test
    void unknownAndMalformedHashes() {
        given().get("/api/certificates/" + "cd".repeat(32)).then().statusCode(404).body("error", equalTo("not found"));
        given().get("/api/certificates/not-a-hash").then().statusCode(400).body("detail", startsWith("sha256:"));
    }

    @Test
    void everyCheckIsListedWithItsMetadata() {
        List<Map<String, Object>> lints = given().get("/api/lints").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> sha1 = lints.stream().filter(l -> l.get("code").equals("e_sub_cert_or_sub_ca_using_sha1")).findFirst().orElseThrow();
        assertEquals("error", sha1.get("severity"));
        assertEquals("2016-01-01", sha1.get("effectiveDate"));
        assertTrue(sha1.get("citation") != null && sha1.get("description") != null && sha1.get("source") != null);
        List<Object> codes = lints.stream().map(l -> l.get("code")).toList();
        for (String corpusCode : List.of("e_duplicate_serial_same_issuer", "w_backdated_by_sct", "n_cross_signature")) {
            assertTrue(codes.contains(corpusCode), corpusCode);
        }
        assertTrue(lints.stream().allMatch(l -> List.of("error", "warning", "notice").contains(l.get("severity"))));
    }

    @Test
    void scriptsNeedNoCsrfTokenButCrossSiteBrowserPostsDo() {
        byte[] der = TestPki.certificate().dnsNames("csrf.api.example").der();
        reviewer().multiPart("file", "a.der", der).post("/api/certificates").then().statusCode(200);
        reviewer().header("Origin", "https://evil.example").multiPart("file", "a.der", der)
                .post("/api/certificates").then().statusCode(400);
    }

    @Test
    void curlsDefaultFormContentTypeStillWorks() {
        byte[] der = TestPki.certificate().dnsNames("curl.api.example").der();
        reviewer().contentType("application/x-www-form-urlencoded").body(TestPki.toPem(der))
                .post("/api/certificates").then().statusCode(200).body("certificates", hasSize(1));
    }
}
