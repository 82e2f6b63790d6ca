package org.casebook.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A CA's claim about an issue beside the evidence on file, on a case built here and on the seeded WoSign case. */
@QuarkusTest
class ClaimTests {

    static final String MANAGER = "claimmanager";
    static final String REVIEWER = "claimreviewer";
    static final String CA = "claimca";
    static final String DUPLICATE = "e_duplicate_serial_same_issuer";

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    EntityManager em;

    private static boolean created;

    @BeforeEach
    void caseFile() {
        if (created) {
            return;
        }
        caseFiles.user(MANAGER, "manager");
        caseFiles.user(REVIEWER, "reviewer");
        caseFiles.createCa(CA, "Claim Test CA");
        KeyPair issuerKey = TestPki.newRsaKey();
        String issuer = "CN=Claim Test Issuing CA,O=Claim Test,C=CN";
        String serial = "5A1D2C3B4A59687766554433221100BB";
        // Three certificates share one serial (two in May 2016, one in June), one is clean.
        List<byte[]> certificates = List.of(
                TestPki.certificate().issuer(issuer).issuerKey(issuerKey).serial(serial).subject("CN=a.claim.example,C=CN")
                        .dnsNames("a.claim.example").validity("2016-05-03T02:00:00Z", "2017-05-03T02:00:00Z").der(),
                TestPki.certificate().issuer(issuer).issuerKey(issuerKey).serial(serial).subject("CN=b.claim.example,C=CN")
                        .dnsNames("b.claim.example").validity("2016-05-04T02:00:37Z", "2017-05-04T02:00:37Z").der(),
                TestPki.certificate().issuer(issuer).issuerKey(issuerKey).serial(serial).subject("CN=c.claim.example,C=CN")
                        .dnsNames("c.claim.example").validity("2016-06-10T02:00:00Z", "2017-06-10T02:00:00Z").der(),
                TestPki.certificate().issuer(issuer).issuerKey(issuerKey).subject("CN=clean.claim.example,C=CN")
                        .dnsNames("clean.claim.example").validity("2016-05-05T02:00:00Z", "2017-05-05T02:00:00Z").der());
        for (byte[] der : certificates) {
            given().auth().preemptive().basic(REVIEWER, REVIEWER + "-pw").contentType("application/pkix-cert").body(der)
                    .queryParam("ca", CA).queryParam("issue", "H").post("/api/certificates").then().statusCode(200);
        }
        manager().contentType("application/json").body(Map.of("definingFindings", List.of(DUPLICATE)))
                .patch("/api/cas/" + CA + "/issues/H").then().statusCode(200);
        created = true;
    }

    private static io.restassured.specification.RequestSpecification manager() {
        return given().auth().preemptive().basic(MANAGER, MANAGER + "-pw");
    }

    @Test
    void definingFindingsAreIssueFields() {
        given().get("/api/cas/" + CA + "/issues/H").then().statusCode(200).body("definingFindings", contains(DUPLICATE));
        // PATCH without the field leaves them alone.
        manager().contentType("application/json").body(Map.of("assessment", "Seen twice."))
                .patch("/api/cas/" + CA + "/issues/H").then().statusCode(200).body("definingFindings", contains(DUPLICATE));
    }

    @Test
    void unknownFindingCodeIsRefusedByNameAndNothingChanges() {
        String title = given().get("/api/cas/" + CA + "/issues/H").then().extract().path("title");
        manager().contentType("application/json")
                .body(Map.of("title", "Changed title", "definingFindings", List.of(DUPLICATE, "e_no_such_finding")))
                .patch("/api/cas/" + CA + "/issues/H").then().statusCode(400)
                .body("detail", startsWith("definingFindings: unknown finding code 'e_no_such_finding'"));
        given().get("/api/cas/" + CA + "/issues/H").then().body("title", equalTo(title)).body("definingFindings", contains(DUPLICATE));
    }

    @Test
    void claimAgainstEvidenceNamesEachDifference() {
        manager().contentType("application/json")
                .body(Map.of("affectedCount", 2, "periodStart", "2016-05", "periodEnd", "2016-05", "firstAffected", "2016-05-04",
                        "source", "The CA's incident report"))
                .put("/api/cas/" + CA + "/issues/H/claim").then().statusCode(200);
        JsonPath claim = given().get("/api/cas/" + CA + "/issues/H/claim").then().statusCode(200).extract().jsonPath();
        assertEquals(2, claim.getInt("affectedCount"));
        assertEquals(4, claim.getInt("onFile.evidence"));
        assertEquals(3, claim.getInt("onFile.showingProblem"));
        assertEquals(1, claim.getInt("onFile.outsidePeriod"));
        assertEquals(1, claim.getInt("onFile.afterPeriod"));
        assertEquals("2016-05-03T02:00:00Z", claim.getString("onFile.earliestNotBefore"));
        assertEquals("2016-06-10T02:00:00Z", claim.getString("onFile.latestNotBefore"));
        List<String> codes = claim.getList("differences.code");
        assertEquals(List.of("w_claim_count_below_evidence", "w_claim_first_affected_after_evidence"), codes);
        assertEquals("The CA says 2; 3 evidence certificates show this problem (" + DUPLICATE + "); 1 was issued after the period"
                + " the CA gives (2016-05 to 2016-05).", claim.getString("differences[0].message"));

        Document page = Jsoup.parse(given().get("/cas/" + CA + "/issues/H").then().statusCode(200).extract().asString());
        List<String> shown = page.select(".claim-difference").eachText();
        assertTrue(shown.stream().anyMatch(t -> t.contains("The CA says 2; 3 evidence certificates show this problem")), shown.toString());
        String md = given().get("/cas/" + CA + "/issues/H.md").then().statusCode(200).extract().asString();
        assertTrue(md.contains("`w_claim_count_below_evidence` The CA says 2; 3 evidence certificates"), md);

        Number revisions = (Number) em.createNativeQuery("select count(*) from issue_claim_AUD a join issue_claim c on c.id = a.id"
                + " join issue i on i.id = c.issue_id join certification_authority ca on ca.id = i.ca_id where ca.slug = ?1")
                .setParameter(1, CA).getSingleResult();
        assertTrue(revisions.intValue() >= 2, "the claim's changes are in the revision history: " + revisions);
    }

    @Test
    void badClaimIsRefusedByFieldAndNothingIsSaved() {
        manager().contentType("application/json").body(Map.of("affectedCount", 5)).put("/api/cas/" + CA + "/issues/F/claim")
                .then().statusCode(200);
        manager().contentType("application/json").body(Map.of("affectedCount", 7, "periodStart", "2016-13"))
                .put("/api/cas/" + CA + "/issues/F/claim").then().statusCode(400).body("detail", startsWith("periodStart:"));
        manager().contentType("application/json").body(Map.of("affectedCount", 7, "periodStart", "2016-05", "periodEnd", "2016-04"))
                .put("/api/cas/" + CA + "/issues/F/claim").then().statusCode(400).body("detail", startsWith("periodEnd:"));
        manager().contentType("application/json").body(Map.of("affectedCount", -1))
                .put("/api/cas/" + CA + "/issues/F/claim").then().statusCode(400).body("detail", startsWith("affectedCount:"));
        given().get("/api/cas/" + CA + "/issues/F/claim").then().statusCode(200).body("affectedCount", equalTo(5));
        given().contentType("application/json").body(Map.of("affectedCount", 5)).put("/api/cas/" + CA + "/issues/F/claim")
                .then().statusCode(401);
    }

    @Test
    void seededIssueLClaimIsContestedByTheCounterExample() {
        JsonPath claim = given().get("/api/cas/wosign/issues/L/claim").then().statusCode(200).extract().jsonPath();
        assertEquals(72, claim.getInt("affectedCount"));
        assertEquals(null, claim.getString("periodStart"), "the page gives the period as a fact, not as WoSign's claim");
        assertEquals(List.of("n_claim_contested"), claim.getList("differences.code"));
        assertTrue(claim.getString("differences[0].message").contains("port 8080"), claim.getString("differences[0].message"));
        Document page = Jsoup.parse(given().get("/cas/wosign/issues/L").then().statusCode(200).extract().asString());
        assertTrue(page.select(".claim-difference").text().contains("The CA says 72"), page.select("#claim").text());
    }

    @Test
    void seededIssueSIsDefinedByItsBackdatingFindings() {
        given().get("/api/cas/wosign/issues/S").then().statusCode(200)
                .body("definingFindings", contains("e_backdated_across_deadline", "w_backdated_by_sct"));
    }
}
