package org.casebook.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.casebook.support.FormSession;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The managers' forms, driven as a browser would: sign in, read the form, post it with its CSRF token. */
@QuarkusTest
class FormPagesTests {

    @Inject
    TestCaseFiles caseFiles;

    @BeforeEach
    void data() {
        if (given().get("/api/cas/formtest").statusCode() == 404) {
            caseFiles.createCa("formtest", "Form Test CA");
        }
        caseFiles.user("fmanager", "manager");
        caseFiles.user("freviewer", "reviewer");
    }

    @Test
    void managerInsertsAnIssueAfterDAndEditsIt() {
        FormSession manager = FormSession.signIn("fmanager", "fmanager-pw");
        manager.get("/cas/formtest/issues/new?after=D").then().statusCode(200);
        Response created = manager.post("/cas/formtest/issues/new", Map.of("after", "D", "title", "Inserted by form",
                "status", "suspected", "category", "br-violation", "periodStart", "2016-01", "affectedCertificates", "1,234",
                "affectedApproximate", "true", "aliases", "Issue Q\nIssue R", "body", "Some *text*.", "action", "save"));
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.getHeader("Location");
        String letter = location.substring(location.lastIndexOf('/') + 1);
        assertTrue("D".compareTo(letter) < 0 && letter.compareTo("F") < 0, letter);
        given().get("/api/cas/formtest/issues/" + letter).then().statusCode(200)
                .body("title", equalTo("Inserted by form")).body("affectedCertificates", equalTo(1234))
                .body("affectedApproximate", equalTo(true)).body("aliases", equalTo(List.of("Issue Q", "Issue R")))
                .body("category", equalTo("br-violation"));

        manager.get("/cas/formtest/issues/" + letter + "/edit").then().statusCode(200);
        Response edited = manager.post("/cas/formtest/issues/" + letter + "/edit", Map.of("title", "Inserted and edited",
                "status", "confirmed", "category", "", "periodStart", "2016-01", "affectedCertificates", "", "body", "New text.",
                "aliases", "Issue Q", "action", "save"));
        assertEquals(303, edited.statusCode(), edited.asString());
        given().get("/api/cas/formtest/issues/" + letter).then()
                .body("title", equalTo("Inserted and edited")).body("status", equalTo("confirmed"))
                .body("aliases", equalTo(List.of("Issue Q")));
        given().get("/api/cas/formtest/issues/" + letter + "/history").then().statusCode(200)
                .body("[0].author", equalTo("fmanager"))
                .body("[0].changes.find { it.field == 'title' }.from", equalTo("Inserted by form"))
                .body("[0].changes.find { it.field == 'title' }.to", equalTo("Inserted and edited"));
        Document history = Jsoup.parse(given().get("/cas/formtest/issues/" + letter + "/history").asString());
        assertEquals(2, history.select("section.revision").size());
        assertTrue(history.select("section.revision .author").eachText().stream().allMatch("fmanager"::equals));
    }

    @Test
    void aFormWithAMistakeComesBackNamingTheFieldAndKeepsWhatWasTyped() {
        FormSession manager = FormSession.signIn("fmanager", "fmanager-pw");
        manager.get("/cas/formtest/issues/F/edit");
        Response response = manager.post("/cas/formtest/issues/F/edit", Map.of("title", "Still here", "status", "confirmed",
                "periodStart", "2016-13", "action", "save"));
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.asString());
        assertTrue(page.selectFirst("#form-error").text().startsWith("periodStart:"), page.selectFirst("#form-error").text());
        assertEquals("Still here", page.selectFirst("#title").val());
        given().get("/api/cas/formtest/issues/F").then().body("title", equalTo("Certificates identical but for notBefore"));
    }

    @Test
    void previewRendersTheMarkdownWithoutSaving() {
        FormSession manager = FormSession.signIn("fmanager", "fmanager-pw");
        manager.get("/cas/formtest/issues/F/edit");
        Response preview = manager.post("/cas/formtest/issues/F/edit", Map.of("title", "Not saved", "body",
                "**bold** <script>alert(1)</script> [x](javascript:alert(1))", "action", "preview"));
        assertEquals(200, preview.statusCode());
        Document page = Jsoup.parse(preview.asString());
        assertEquals("bold", page.selectFirst("#body-preview strong").text());
        assertTrue(page.select("#body-preview script").isEmpty());
        assertTrue(page.selectFirst("#body-preview").text().contains("<script>alert(1)</script>"));
        assertTrue(page.select("#body-preview a[href^=javascript]").isEmpty());
        given().get("/api/cas/formtest/issues/F").then().body("title", equalTo("Certificates identical but for notBefore"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        FormSession manager = FormSession.signIn("fmanager", "fmanager-pw");
        Response response = manager.postWithoutToken("/cas/formtest/issues/F/edit", Map.of("title", "Forged", "action", "save"));
        assertEquals(400, response.statusCode());
        given().get("/api/cas/formtest/issues/F").then().body("title", equalTo("Certificates identical but for notBefore"));
    }

    @Test
    void reviewerCommentsButCannotEdit() {
        FormSession reviewer = FormSession.signIn("freviewer", "freviewer-pw");
        reviewer.get("/cas/formtest/issues/H").then().statusCode(200).body(containsString("comment-form"));
        Response posted = reviewer.post("/cas/formtest/issues/H/comments", Map.of("text", "Seen the same in *our* logs."));
        assertEquals(303, posted.statusCode());
        Document page = Jsoup.parse(reviewer.get("/cas/formtest/issues/H").asString());
        assertTrue(page.select(".comment").stream().anyMatch(c -> c.text().contains("freviewer") && c.select("em").text().equals("our")));
        assertTrue(page.select("#edit-issue").isEmpty());
        assertEquals(403, reviewer.get("/cas/formtest/issues/H/edit").statusCode());
        assertEquals(403, reviewer.post("/cas/formtest/issues/H/edit", Map.of("title", "Reviewer edit")).statusCode());
    }

    @Test
    void managerAddsStatementReferenceAndCreditFromForms() {
        FormSession manager = FormSession.signIn("fmanager", "fmanager-pw");
        manager.get("/cas/formtest/issues/F/statements/new").then().statusCode(200);
        assertEquals(303, manager.post("/cas/formtest/issues/F/statements/new", Map.of("statedOn", "2016-09-16", "speaker",
                "A. Speaker", "kind", "quotation", "text", "We have fixed it.", "sourceUrl", "https://example.com/s")).statusCode());
        Response bad = manager.post("/cas/formtest/issues/F/references/new", Map.of("kind", "bug", "title", "Bug",
                "url", "javascript:alert(1)"));
        assertEquals(400, bad.statusCode());
        assertTrue(Jsoup.parse(bad.asString()).selectFirst("#form-error").text().startsWith("url:"));
        assertEquals(303, manager.post("/cas/formtest/issues/F/references/new", Map.of("kind", "bug", "title", "Bug 1234",
                "url", "https://bugzilla.example/1234")).statusCode());
        assertEquals(303, manager.post("/cas/formtest/issues/F/credits/new", Map.of("person", "B. Finder", "contribution",
                "reported")).statusCode());
        given().get("/api/cas/formtest/issues/F").then()
                .body("statements.find { it.speaker == 'A. Speaker' }.kind", equalTo("quotation"))
                .body("references.find { it.title == 'Bug 1234' }.kind", equalTo("bug"))
                .body("credits.find { it.person == 'B. Finder' }.contribution", equalTo("reported"));
    }

    @Test
    void managerEditsTheCaAndAddsAnAuditNamingDisclosedAndMissedIssues() {
        FormSession manager = FormSession.signIn("fmanager", "fmanager-pw");
        manager.get("/cas/formtest/audits/new").then().statusCode(200);
        Response created = manager.post("/cas/formtest/audits/new", Map.of("auditor", "Form Auditors", "standard", "WebTrust for CAs",
                "periodStart", "2015-07-01", "periodEnd", "2016-06-30", "opinion", "qualified", "disclosed", List.of("D"),
                "missed", List.of("F", "H")));
        assertEquals(303, created.statusCode(), created.asString());
        given().get("/api/cas/formtest/audits").then()
                .body("find { it.auditor == 'Form Auditors' }.disclosedIssues", equalTo(List.of("D")))
                .body("find { it.auditor == 'Form Auditors' }.missedIssues", equalTo(List.of("F", "H")));
        manager.get("/cas/formtest/edit").then().statusCode(200);
        Response edited = manager.post("/cas/formtest/edit", Map.of("name", "Form Test CA (renamed)", "country", "CN",
                "timeZone", "Asia/Shanghai", "website", "https://example.com/formtest"));
        assertEquals(303, edited.statusCode());
        given().get("/api/cas/formtest").then().body("name", equalTo("Form Test CA (renamed)"));
        Response badZone = manager.post("/cas/formtest/edit", Map.of("name", "X", "timeZone", "Mars/Olympus"));
        assertEquals(400, badZone.statusCode());
        assertTrue(Jsoup.parse(badZone.asString()).selectFirst("#form-error").text().startsWith("timeZone:"));
    }

    @Test
    void adminManagesUsersFromTheUsersPage() {
        FormSession admin = FormSession.signIn("admin", "test-admin-password");
        admin.get("/users").then().statusCode(200);
        Response weak = admin.post("/users", Map.of("username", "pageuser", "password", "short", "roles", List.of("reviewer")));
        assertEquals(400, weak.statusCode());
        assertTrue(Jsoup.parse(weak.asString()).selectFirst("#form-error").text().startsWith("password:"));
        assertEquals(303, admin.post("/users", Map.of("username", "pageuser", "password", "pageuser-password",
                "roles", List.of("reviewer"))).statusCode());
        FormSession.signIn("pageuser", "pageuser-password");
        assertEquals(303, admin.post("/users/pageuser/roles", Map.of("roles", List.of("reviewer", "manager"))).statusCode());
        given().auth().preemptive().basic("admin", "test-admin-password").get("/api/users").then()
                .body("find { it.username == 'pageuser' }.roles", equalTo(List.of("reviewer", "manager")));
        assertEquals(303, admin.post("/users/pageuser/delete", Map.of()).statusCode());
        given().auth().preemptive().basic("admin", "test-admin-password").get("/api/users").then()
                .body("username", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("pageuser")));
    }
}
