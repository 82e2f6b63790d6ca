package org.casebook.issue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.casebook.support.FormSession;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Versions of editable records (issue 11, item 2): an ETag on GET, If-Match honoured (412 when stale), a stale
 * "version" in a JSON body answered 409, and a stale edit form shown again (409) saying what changed meanwhile.
 */
@QuarkusTest
class VersionedEditTests {

    @Inject
    TestCaseFiles caseFiles;

    @BeforeEach
    void data() {
        caseFiles.user("vmanager", "manager");
        caseFiles.user("vmanager2", "manager");
    }

    private static RequestSpecification manager() {
        return given().auth().preemptive().basic("vmanager", "vmanager-pw").contentType(ContentType.JSON);
    }

    private void ca(String slug) {
        if (given().get("/api/cas/" + slug).statusCode() == 404) {
            caseFiles.createCa(slug, "Versions " + slug);
        }
    }

    @Test
    void ifMatchWithAStaleETagIsA412AndChangesNothing() {
        ca("ver-etag");
        Response read = given().get("/api/cas/ver-etag/issues/D");
        String etag = read.getHeader("ETag");
        assertEquals("\"" + read.path("version") + "\"", etag);
        String next = manager().header("If-Match", etag).body("{\"assessment\":\"first\"}").patch("/api/cas/ver-etag/issues/D")
                .then().statusCode(200).body("assessment", equalTo("first")).extract().header("ETag");
        assertNotEquals(etag, next);
        manager().header("If-Match", etag).body("{\"title\":\"stale\"}").patch("/api/cas/ver-etag/issues/D")
                .then().statusCode(412).contentType(ContentType.JSON).header("ETag", next)
                .body("error", equalTo("precondition failed"))
                .body("detail", startsWith("version: issue 'D' of 'ver-etag' is at version"))
                .body("detail", containsString("assessment: (none) → 'first'"));
        manager().header("If-Match", etag).body("{\"title\":\"stale\"}").put("/api/cas/ver-etag/issues/D").then().statusCode(412);
        manager().header("If-Match", etag).delete("/api/cas/ver-etag/issues/D").then().statusCode(412);
        manager().header("If-Match", "W/" + next).body("{\"title\":\"weak\"}").patch("/api/cas/ver-etag/issues/D").then().statusCode(412);
        given().get("/api/cas/ver-etag/issues/D").then().statusCode(200).header("ETag", next)
                .body("title", equalTo("Long-lived SHA-1 certificates"));
        manager().header("If-Match", "\"999\", " + next).body("{\"title\":\"current\"}").patch("/api/cas/ver-etag/issues/D")
                .then().statusCode(200).body("title", equalTo("current"));
        manager().header("If-Match", "*").body("{\"title\":\"any\"}").patch("/api/cas/ver-etag/issues/D").then().statusCode(200);
    }

    @Test
    void everyEditableResourceHasAnETagAndHonoursIfMatch() {
        ca("ver-parts");
        // CA, audit, cross-sign: GET gives the ETag; PUT and DELETE with a stale one are refused.
        Response ca = given().get("/api/cas/ver-parts");
        String caTag = ca.getHeader("ETag");
        assertEquals("\"" + ca.path("version") + "\"", caTag);
        String caBody = "{\"slug\":\"ver-parts\",\"name\":\"Renamed\"}";
        manager().header("If-Match", caTag).body(caBody).put("/api/cas/ver-parts").then().statusCode(200);
        manager().header("If-Match", caTag).body(caBody).put("/api/cas/ver-parts").then().statusCode(412);
        manager().header("If-Match", caTag).delete("/api/cas/ver-parts").then().statusCode(412);

        long audit = given().get("/api/cas/ver-parts/audits").then().extract().<Integer>path("[0].id");
        String auditTag = given().get("/api/cas/ver-parts/audits/" + audit).then().statusCode(200).extract().header("ETag");
        String auditBody = "{\"auditor\":\"A\",\"standard\":\"WebTrust\",\"disclosedIssues\":[\"H\"]}";
        manager().header("If-Match", auditTag).body(auditBody).put("/api/cas/ver-parts/audits/" + audit).then().statusCode(200);
        manager().header("If-Match", auditTag).body(auditBody).put("/api/cas/ver-parts/audits/" + audit).then().statusCode(412);
        manager().header("If-Match", auditTag).delete("/api/cas/ver-parts/audits/" + audit).then().statusCode(412);
        given().get("/api/cas/ver-parts/audits/" + audit).then().statusCode(200);

        long crossSign = given().get("/api/cas/ver-parts/cross-signs").then().extract().<Integer>path("[0].id");
        String crossTag = given().get("/api/cas/ver-parts/cross-signs/" + crossSign).then().statusCode(200).extract().header("ETag");
        String crossBody = "{\"target\":\"T\",\"source\":\"S\",\"sourceOwner\":\"O\"}";
        manager().header("If-Match", crossTag).body(crossBody).put("/api/cas/ver-parts/cross-signs/" + crossSign).then().statusCode(200);
        manager().header("If-Match", crossTag).body(crossBody).put("/api/cas/ver-parts/cross-signs/" + crossSign).then().statusCode(412);

        // Parts of an issue carry their version in the issue's JSON and in the ETag of their own answers.
        Response issue = given().get("/api/cas/ver-parts/issues/H");
        int statement = issue.path("statements[0].id");
        String statementTag = "\"" + issue.path("statements[0].version") + "\"";
        String said = "{\"text\":\"said again\"}";
        String newTag = manager().header("If-Match", statementTag).body(said).put("/api/cas/ver-parts/issues/H/statements/" + statement)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(statementTag, newTag);
        manager().header("If-Match", statementTag).body(said).put("/api/cas/ver-parts/issues/H/statements/" + statement)
                .then().statusCode(412).body("detail", startsWith("version: statement " + statement));
        manager().header("If-Match", statementTag).delete("/api/cas/ver-parts/issues/H/statements/" + statement).then().statusCode(412);
        int reference = issue.path("references[0].id");
        manager().header("If-Match", "\"41\"").body("{\"title\":\"t\"}").put("/api/cas/ver-parts/issues/H/references/" + reference)
                .then().statusCode(412);
        int credit = issue.path("credits[0].id");
        manager().header("If-Match", "\"41\"").delete("/api/cas/ver-parts/issues/H/credits/" + credit).then().statusCode(412);
        given().get("/api/cas/ver-parts/issues/H").then().body("credits.size()", equalTo(1))
                .body("statements.find { it.id == " + statement + " }.text", equalTo("said again"));
    }

    @Test
    void aStaleVersionInTheBodyIsA409() {
        ca("ver-body");
        int version = given().get("/api/cas/ver-body/issues/F").path("version");
        manager().body("{\"version\":" + version + ",\"title\":\"first\"}").patch("/api/cas/ver-body/issues/F").then().statusCode(200)
                .body("version", equalTo(version + 1));
        manager().body("{\"version\":" + version + ",\"assessment\":\"late\"}").patch("/api/cas/ver-body/issues/F").then()
                .statusCode(409).body("error", equalTo("conflict"))
                .body("detail", startsWith("version: issue 'F' of 'ver-body' is at version " + (version + 1)))
                .body("detail", containsString("title: 'Certificates identical but for notBefore' → 'first' (by vmanager)"));
        manager().body("{\"version\":" + version + ",\"title\":\"late\"}").put("/api/cas/ver-body/issues/F").then().statusCode(409);
        given().get("/api/cas/ver-body/issues/F").then().body("title", equalTo("first")).body("assessment", equalTo(null));
        // If-Match wins over the body's version.
        manager().header("If-Match", "\"" + (version + 1) + "\"").body("{\"version\":" + version + ",\"assessment\":\"ok\"}")
                .patch("/api/cas/ver-body/issues/F").then().statusCode(200);
        // The history never lists the version as a changed field.
        List<String> fields = given().get("/api/cas/ver-body/issues/F/history").then().extract().path("changes.flatten().field");
        assertTrue(fields.contains("title") && !fields.contains("version"), fields.toString());
    }

    @Test
    void aStaleFormSaveComesBackWithWhatChangedMeanwhile() {
        ca("ver-form");
        FormSession first = FormSession.signIn("vmanager", "vmanager-pw");
        Document form = Jsoup.parse(first.get("/cas/ver-form/issues/H/edit").asString());
        String version = form.selectFirst("#issue-form input[name=version]").attr("value");
        // Meanwhile another manager changes the title.
        given().auth().preemptive().basic("vmanager2", "vmanager2-pw").contentType(ContentType.JSON)
                .body("{\"title\":\"Changed by the other manager\"}").patch("/api/cas/ver-form/issues/H").then().statusCode(200);
        Map<String, String> fields = Map.of("title", "Duplicate serial numbers", "status", "confirmed", "category", "rfc-violation",
                "periodStart", "2015-01", "periodEnd", "2015-03-05", "affectedCertificates", "392", "assessment", "Mine.",
                "aliases", "Issue X", "action", "save", "version", version);
        Response stale = first.post("/cas/ver-form/issues/H/edit", fields);
        assertEquals(409, stale.statusCode(), stale.asString());
        Document again = Jsoup.parse(stale.asString());
        String error = again.selectFirst("#form-error").text();
        assertTrue(error.contains("title: 'Duplicate serial numbers' → 'Changed by the other manager'") && error.contains("vmanager2"),
                error);
        assertEquals("Mine.", again.selectFirst("#assessment").text(), "what was typed stays in the form");
        String current = again.selectFirst("#issue-form input[name=version]").attr("value");
        assertNotEquals(version, current);
        given().get("/api/cas/ver-form/issues/H").then().body("title", equalTo("Changed by the other manager"))
                .body("assessment", equalTo(null));
        // Saving again, now knowing what changed, goes through.
        Map<String, String> knowingly = new java.util.HashMap<>(fields);
        knowingly.put("version", current);
        assertEquals(303, first.post("/cas/ver-form/issues/H/edit", knowingly).statusCode());
        given().get("/api/cas/ver-form/issues/H").then().body("title", equalTo("Duplicate serial numbers"))
                .body("assessment", equalTo("Mine."));

        // The same for a statement's form.
        int statement = given().get("/api/cas/ver-form/issues/H").path("statements[0].id");
        Document statementForm = Jsoup.parse(first.get("/cas/ver-form/issues/H/statements/" + statement + "/edit").asString());
        String statementVersion = statementForm.selectFirst("input[name=version]").attr("value");
        manager().body("{\"text\":\"Edited through the API\"}").put("/api/cas/ver-form/issues/H/statements/" + statement)
                .then().statusCode(200);
        Response staleStatement = first.post("/cas/ver-form/issues/H/statements/" + statement + "/edit",
                Map.of("text", "Edited in the form", "kind", "summary", "version", statementVersion));
        assertEquals(409, staleStatement.statusCode());
        assertTrue(Jsoup.parse(staleStatement.asString()).selectFirst("#form-error").text().contains("Edited through the API"));
    }
}
