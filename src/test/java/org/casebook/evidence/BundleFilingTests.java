package org.casebook.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploads are filed a batch of certificates to a transaction; a certificate the database cannot hold must cost
 * only itself, and a hostile but parseable certificate must still be storable.
 */
@QuarkusTest
class BundleFilingTests {

    static final String REVIEWER = "batchreviewer";

    @Inject
    TestCaseFiles caseFiles;

    @BeforeEach
    void users() {
        caseFiles.user(REVIEWER, "reviewer");
    }

    private static io.restassured.specification.RequestSpecification reviewer() {
        return given().auth().preemptive().basic(REVIEWER, REVIEWER + "-pw");
    }

    @Test
    void oneCertificateTheDatabaseRefusesCostsOnlyItselfInABatchOfMany() {
        caseFiles.createCa("batchca", "Batch Test CA");
        int certificates = 250;
        int refused = 150; // in the second transaction's batch, neither first nor last
        StringBuilder bundle = new StringBuilder();
        for (int i = 0; i < certificates; i++) {
            TestPki.CertBuilder certificate = TestPki.certificate().subject("CN=batch" + i + ".example").dnsNames("batch" + i + ".example");
            if (i == refused) {
                // 300 octets: parseable, linted (RFC 5280 allows 20), but more than the serial column holds
                certificate.serial(BigInteger.ONE.shiftLeft(300 * 8 - 2).add(BigInteger.valueOf(12345)));
            }
            bundle.append(certificate.pem());
        }
        long before = caseFiles.certificateCount();

        JsonPath answer = reviewer().contentType("application/x-pem-file").body(bundle.toString().getBytes(StandardCharsets.US_ASCII))
                .queryParam("ca", "batchca").queryParam("issue", "H").queryParam("note", "bulk")
                .post("/api/certificates").then().statusCode(200)
                .body("certificates", hasSize(certificates - 1))
                .body("rejected", hasSize(1))
                .body("rejected[0].index", equalTo(refused))
                .body("rejected[0].reason", startsWith("could not be stored: its serial number is 300 octets long"))
                .body("certificates.alreadyOnFile", everyItem(equalTo(false)))
                .body("certificates.evidence.issue.flatten()", everyItem(equalTo("H")))
                .extract().jsonPath();
        assertEquals(before + certificates - 1, caseFiles.certificateCount());
        List<Integer> indexes = answer.getList("certificates.index", Integer.class);
        assertEquals(certificates - 1, indexes.size());
        assertTrue(!indexes.contains(refused) && indexes.get(0) == 0 && indexes.get(indexes.size() - 1) == certificates - 1);
        assertEquals(List.of(), caseFiles.storedGarbage());

        // the same bundle again: everything already on file is found, the refused one is refused again
        reviewer().contentType("application/x-pem-file").body(bundle.toString().getBytes(StandardCharsets.US_ASCII))
                .queryParam("ca", "batchca").queryParam("issue", "H")
                .post("/api/certificates").then().statusCode(200)
                .body("certificates", hasSize(certificates - 1))
                .body("certificates.alreadyOnFile", everyItem(equalTo(true)))
                .body("rejected", hasSize(1));
        assertEquals(before + certificates - 1, caseFiles.certificateCount());
    }

    @Test
    void aSubjectLongerThanItsColumnIsStoredWithTheNameCut() {
        StringBuilder name = new StringBuilder("CN=long-subject.example");
        for (int i = 0; i < 60; i++) {
            name.append(",OU=").append(("unit" + i + "-").repeat(12));
        }
        byte[] der = TestPki.certificate().subject(name.toString()).dnsNames("long-subject.example").der();
        String sha256 = reviewer().contentType("application/pkix-cert").body(der)
                .post("/api/certificates").then().statusCode(200)
                .body("certificates", hasSize(1)).body("rejected", hasSize(0))
                .body("certificates[0].subject", startsWith("/CN=long-subject.example/OU=unit0-"))
                .body("certificates[0].subject", endsWith("characters, cut to fit]"))
                .extract().path("certificates[0].sha256");
        String stored = given().get("/api/certificates/" + sha256).then().statusCode(200)
                .body("subject", containsString("cut to fit"))
                .extract().path("subject");
        assertTrue(stored.length() <= StoredCertificate.NAME_LENGTH, "subject of " + stored.length() + " characters");
    }
}
