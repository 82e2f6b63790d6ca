package org.casebook.ca;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaResourceTests {

    @Inject
    TestCaseFiles caseFiles;

    private static boolean created;

    @BeforeEach
    void caseFile() {
        if (!created) {
            caseFiles.createCa("apitest", "API Test CA");
            caseFiles.user("rita", "reviewer");
            caseFiles.user("max", "manager");
            created = true;
        }
    }

    @Test
    void listsCasWithIssueCounts() {
        given().get("/api/cas").then().statusCode(200)
                .body("find { it.slug == 'apitest' }.issueCount", equalTo(3))
                .body("find { it.slug == 'apitest' }.name", equalTo("API Test CA"));
    }

    @Test
    void listsIssuesInLetterOrderWithAliases() {
        given().get("/api/cas/apitest/issues").then().statusCode(200)
                .body("letter", contains("D", "F", "H"))
                .body("find { it.letter == 'H' }.aliases", contains("Issue X"))
                .body("find { it.letter == 'D' }.category", equalTo("no-violation"))
                .body("find { it.letter == 'H' }.affectedCertificates", equalTo(392));
    }

    @Test
    void listsAuditsAndCrossSigns() {
        given().get("/api/cas/apitest/audits").then().statusCode(200)
                .body("[0].auditor", equalTo("Example Auditors (Hong Kong)"))
                .body("[0].periodStart", equalTo("2014-07-01"))
                .body("[0].disclosedIssues", contains("H"));
        given().get("/api/cas/apitest/cross-signs").then().statusCode(200)
                .body("[0].notAfter", equalTo("2019-12-31T23:59:59Z"))
                .body("[0].sourceOwner", equalTo("Other"));
    }

    @Test
    void managerInsertsAnIssueBetweenTwoWithoutRenamingAny() {
        List<String> before = given().get("/api/cas/apitest/issues").then().extract().path("letter");
        String letter = given().auth().preemptive().basic("max", "max-pw").contentType(ContentType.JSON)
                .body("{\"title\":\"Slotted in after D\",\"after\":\"D\"}")
                .post("/api/cas/apitest/issues").then().statusCode(201)
                .body("title", equalTo("Slotted in after D"))
                .extract().path("letter");
        assertTrue(letter.compareTo("D") > 0 && letter.compareTo("F") < 0, letter);
        List<String> after = given().get("/api/cas/apitest/issues").then().extract().path("letter");
        assertTrue(after.containsAll(before));
        given().get("/api/cas/apitest/issues").then().body("letter", hasItem(letter));
    }

    @Test
    void anonymousAndReviewerCannotCreateIssues() {
        given().contentType(ContentType.JSON).body("{\"title\":\"x\",\"after\":\"D\"}")
                .post("/api/cas/apitest/issues").then().statusCode(401);
        given().auth().preemptive().basic("rita", "rita-pw").contentType(ContentType.JSON).body("{\"title\":\"x\",\"after\":\"D\"}")
                .post("/api/cas/apitest/issues").then().statusCode(403);
        given().auth().preemptive().basic("max", "wrong").contentType(ContentType.JSON).body("{\"title\":\"x\",\"after\":\"D\"}")
                .post("/api/cas/apitest/issues").then().statusCode(401);
    }

    @Test
    void badRequestsNameTheProblem() {
        given().auth().preemptive().basic("max", "max-pw").contentType(ContentType.JSON).body("{\"title\":\"x\",\"after\":\"Q\"}")
                .post("/api/cas/apitest/issues").then().statusCode(400).body("detail", equalTo("after: CA 'apitest' has no issue 'Q'"));
        given().auth().preemptive().basic("max", "max-pw").contentType(ContentType.JSON).body("{\"after\":\"D\"}")
                .post("/api/cas/apitest/issues").then().statusCode(400).body("error", equalTo("bad request"));
        given().auth().preemptive().basic("max", "max-pw").contentType(ContentType.JSON).body("{not json")
                .post("/api/cas/apitest/issues").then().statusCode(400);
        given().get("/api/cas/nosuchca/issues").then().statusCode(404).body("detail", equalTo("no CA with slug 'nosuchca'"));
    }
}
