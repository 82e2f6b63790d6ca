package org.casebook.ca;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Managers create and change CAs, ownership events, audits and cross-signs through the API; each change is history. */
@QuarkusTest
class CaEditingTests {

    @Inject
    TestCaseFiles caseFiles;

    @BeforeEach
    void users() {
        caseFiles.user("camanager", "manager");
    }

    private static RequestSpecification manager() {
        return given().auth().preemptive().basic("camanager", "camanager-pw").contentType(ContentType.JSON);
    }

    @Test
    void caIsCreatedChangedAndItsHistoryNamesTheManager() {
        manager().body("{\"slug\":\"newca\",\"name\":\"New CA\",\"country\":\"IL\",\"timeZone\":\"Asia/Jerusalem\",\"website\":\"https://newca.example\"}")
                .post("/api/cas").then().statusCode(201).body("slug", equalTo("newca"));
        manager().body("{\"slug\":\"newca\",\"name\":\"Other\"}").post("/api/cas").then().statusCode(409)
                .body("detail", startsWith("slug:"));
        manager().body("{\"slug\":\"Bad Slug\",\"name\":\"x\"}").post("/api/cas").then().statusCode(400).body("detail", startsWith("slug:"));
        manager().body("{\"slug\":\"new\",\"name\":\"x\"}").post("/api/cas").then().statusCode(400).body("detail", startsWith("slug:"));
        manager().body("{\"slug\":\"x2\",\"name\":\"x\",\"website\":\"javascript:alert(1)\"}").post("/api/cas").then().statusCode(400)
                .body("detail", startsWith("website:"));
        manager().body("{\"slug\":\"newca\",\"name\":\"New CA Ltd\",\"country\":\"IL\"}").put("/api/cas/newca").then().statusCode(200)
                .body("name", equalTo("New CA Ltd")).body("website", equalTo(null));
        manager().body("{\"slug\":\"renamed\",\"name\":\"x\"}").put("/api/cas/newca").then().statusCode(400).body("detail", startsWith("slug:"));
        given().get("/api/cas/newca/history").then().statusCode(200)
                .body("[0].author", equalTo("camanager"))
                .body("[0].changes.find { it.field == 'name' }.from", equalTo("New CA"))
                .body("[0].changes.find { it.field == 'name' }.to", equalTo("New CA Ltd"));
        given().get("/cas/newca").then().statusCode(200);
        manager().delete("/api/cas/newca").then().statusCode(204);
        given().get("/api/cas/newca").then().statusCode(404);
    }

    @Test
    void ownershipAuditsAndCrossSignsAreEditable() {
        caseFiles.createCa("ca-parts", "CA Parts");
        int ownership = manager().body("{\"effectiveOn\":\"2015-11-01\",\"newOwner\":\"Buyer\",\"share\":\"100%\",\"disclosedOn\":\"2016-09-19\",\"disclosedAs\":\"equity investment\"}")
                .post("/api/cas/ca-parts/ownership").then().statusCode(201).extract().path("id");
        manager().body("{\"effectiveOn\":\"2015-11-31\",\"newOwner\":\"Buyer\"}").put("/api/cas/ca-parts/ownership/" + ownership)
                .then().statusCode(400).body("detail", startsWith("effectiveOn:"));
        manager().body("{\"effectiveOn\":\"2015-11-01\",\"newOwner\":\"Buyer\",\"newOwnerCa\":\"nosuchca\"}").put("/api/cas/ca-parts/ownership/" + ownership)
                .then().statusCode(400).body("detail", startsWith("newOwnerCa:"));
        given().get("/api/cas/ca-parts").then().body("ownership[0].disclosedAs", equalTo("equity investment"));

        int audit = manager().body("{\"auditor\":\"Auditors\",\"standard\":\"WebTrust BR\",\"periodStart\":\"2015-01-01\",\"periodEnd\":\"2015-12-31\",\"opinion\":\"modified\",\"disclosedIssues\":[\"D\"],\"missedIssues\":[\"F\"]}")
                .post("/api/cas/ca-parts/audits").then().statusCode(201).body("disclosedIssues", equalTo(List.of("D")))
                .body("missedIssues", equalTo(List.of("F"))).extract().path("id");
        manager().body("{\"auditor\":\"Auditors\",\"standard\":\"WebTrust BR\",\"disclosedIssues\":[\"D\"],\"missedIssues\":[\"D\"]}")
                .put("/api/cas/ca-parts/audits/" + audit).then().statusCode(400).body("detail", startsWith("missedIssues:"));
        manager().body("{\"auditor\":\"Auditors\",\"standard\":\"WebTrust BR\",\"missedIssues\":[\"Q\"]}")
                .put("/api/cas/ca-parts/audits/" + audit).then().statusCode(400).body("detail", startsWith("missedIssues:"));
        manager().body("{\"auditor\":\"Auditors\",\"standard\":\"WebTrust BR\",\"opinion\":\"qualified\",\"missedIssues\":[\"H\",\"F\"]}")
                .put("/api/cas/ca-parts/audits/" + audit).then().statusCode(200).body("disclosedIssues", equalTo(List.of()))
                .body("missedIssues", equalTo(List.of("F", "H"))).body("opinion", equalTo("qualified"));

        int crossSign = manager().body("{\"target\":\"CN=Target\",\"source\":\"CN=Source\",\"sourceOwner\":\"Certum\",\"notAfter\":\"2020-11-02\",\"revokedAt\":\"2016-11-29\",\"revocationSource\":\"according to the source\",\"serial\":\"7b:bc\"}")
                .post("/api/cas/ca-parts/cross-signs").then().statusCode(201).body("notAfter", equalTo("2020-11-02T23:59:59Z"))
                .body("serial", equalTo("7BBC")).extract().path("id");
        manager().body("{\"target\":\"CN=Target\",\"source\":\"CN=Source\",\"sourceOwner\":\"Certum\",\"notAfter\":\"soon\"}")
                .put("/api/cas/ca-parts/cross-signs/" + crossSign).then().statusCode(400).body("detail", startsWith("notAfter:"));
        manager().body("{}").post("/api/cas/ca-parts/cross-signs").then().statusCode(400).body("detail", startsWith("source:"));
        given().get("/api/cas/ca-parts/history").then()
                .body("changes.flatten().entity", hasItem("cross-sign " + crossSign))
                .body("changes.flatten().entity", hasItem("audit " + audit))
                .body("changes.flatten().entity", hasItem("ownership event " + ownership))
                .body("author", hasItem("camanager"));
        manager().delete("/api/cas/ca-parts/cross-signs/" + crossSign).then().statusCode(204);
        manager().delete("/api/cas/ca-parts/audits/" + audit).then().statusCode(204);
        manager().delete("/api/cas/ca-parts/ownership/" + ownership).then().statusCode(204);
        manager().delete("/api/cas/ca-parts").then().statusCode(409);
    }
}
