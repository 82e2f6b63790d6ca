package org.casebook.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.casebook.support.FormSession;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidencePagesTests {

    @Inject
    TestCaseFiles caseFiles;

    @BeforeEach
    void users() {
        caseFiles.user("pagereviewer", "reviewer");
    }

    private static io.restassured.specification.RequestSpecification reviewer() {
        return given().auth().preemptive().basic("pagereviewer", "pagereviewer-pw").redirects().follow(false);
    }

    /** The issue page as the reviewer sees it, with the CSRF cookie that goes with its form. */
    private record FormPage(Document page, String csrfCookie) {
        String token() {
            return page.select("#evidence-upload input[name=csrf-token]").attr("value");
        }
    }

    private static FormPage issuePage(String path) {
        Response response = reviewer().get(path).then().statusCode(200).extract().response();
        return new FormPage(Jsoup.parse(response.asString()), response.getCookie("csrf-token"));
    }

    @Test
    void anonymousReadersSeeASignInLinkInsteadOfTheForm() {
        caseFiles.createCa("pageca1", "Page Test CA 1");
        Document page = Jsoup.parse(given().get("/cas/pageca1/issues/H").then().statusCode(200).extract().asString());
        assertEquals(0, page.select("form#evidence-upload").size());
        assertEquals("/login", page.select("#sign-in-to-upload").attr("href"));
    }

    @Test
    void reviewerUploadsFilesAndPastedTextAndSeesFindingsBySeverity() {
        caseFiles.createCa("pageca2", "Page Test CA 2");
        byte[] clean = TestPki.certificate().dnsNames("clean.page.example").der();
        byte[] sha1 = TestPki.certificate().sha1().dnsNames("sha1.page.example").notBefore("2016-02-01T00:00:00Z").der();
        byte[] pasted = TestPki.certificate().dnsNames("pasted.page.example").der();
        caseFiles.storeCertificate(clean); // on file before the upload

        FormPage form = issuePage("/cas/pageca2/issues/F");
        assertEquals(1, form.page().select("form#evidence-upload input[type=file][multiple]").size());
        assertTrue(form.page().select("script").isEmpty(), "no JavaScript");

        String answer = reviewer().cookie("csrf-token", form.csrfCookie())
                .multiPart("csrf-token", form.token())
                .multiPart("file", "clean.der", clean, "application/pkix-cert")
                .multiPart("file", "sha1.pem", TestPki.toPem(sha1).getBytes(), "application/x-pem-file")
                .multiPart("file", "junk.txt", "junk".getBytes(), "text/plain")
                .multiPart("pem", "openssl output\n" + TestPki.toPem(pasted))
                .multiPart("note", "found by a researcher")
                .post("/cas/pageca2/issues/F/evidence/upload").then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(answer);
        assertEquals(3, page.select("section.uploaded").size(), answer);
        assertEquals(1, page.select("section.uploaded .on-file").size());
        String sha1Section = page.select("section.uploaded").get(1).text();
        assertTrue(page.select("section.uploaded").get(1).select("ul.errors").text().contains("e_sub_cert_or_sub_ca_using_sha1"), sha1Section);
        assertTrue(page.select("table.rejected").text().contains("junk.txt"));
        assertEquals(3, page.select("form.note-form").size());
        assertEquals("found by a researcher", page.select("form.note-form textarea").first().text());

        // Edit one note, then see it on the issue page.
        String noteAction = page.select("form.note-form").get(1).attr("action");
        String token = page.select("form.note-form input[name=csrf-token]").get(1).attr("value");
        reviewer().cookie("csrf-token", form.csrfCookie()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("note", "SHA-1 after the deadline")
                .post(noteAction).then().statusCode(303);
        Document issue = Jsoup.parse(given().get("/cas/pageca2/issues/F").then().statusCode(200).extract().asString());
        assertEquals(3, issue.select("table.evidence tbody tr").size());
        assertTrue(issue.select("table.evidence").text().contains("SHA-1 after the deadline"));
        assertTrue(issue.select("table.evidence").text().contains("found by a researcher"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        caseFiles.createCa("pageca3", "Page Test CA 3");
        byte[] der = TestPki.certificate().dnsNames("nocsrf.page.example").der();
        long before = caseFiles.certificateCount();
        reviewer().multiPart("file", "a.der", der, "application/pkix-cert")
                .post("/cas/pageca3/issues/H/evidence/upload").then().statusCode(400);
        FormPage form = issuePage("/cas/pageca3/issues/H");
        reviewer().cookie("csrf-token", form.csrfCookie()).multiPart("csrf-token", "forged-token-value")
                .multiPart("file", "a.der", der, "application/pkix-cert")
                .post("/cas/pageca3/issues/H/evidence/upload").then().statusCode(400);
        assertEquals(before, caseFiles.certificateCount());
    }

    @Test
    void anEmptyUploadExplainsItself() {
        caseFiles.createCa("pageca4", "Page Test CA 4");
        FormPage form = issuePage("/cas/pageca4/issues/H");
        String answer = reviewer().cookie("csrf-token", form.csrfCookie()).multiPart("csrf-token", form.token())
                .multiPart("pem", "")
                .post("/cas/pageca4/issues/H/evidence/upload").then().statusCode(400).extract().asString();
        assertTrue(Jsoup.parse(answer).select("#upload-problem").text().startsWith("The upload is empty"), answer);
    }

    /** The upload lives beside the issue editor's evidence forms; neither may shadow the other. */
    @Test
    void theIssueEditorsLinkAndUnlinkFormsStillWork() {
        caseFiles.createCa("pageca6", "Page Test CA 6");
        caseFiles.user("pagemanager", "manager");
        String sha256 = caseFiles.storeCertificate(TestPki.certificate().dnsNames("linked.page.example").der());
        FormSession manager = FormSession.signIn("pagemanager", "pagemanager-pw");
        Document edit = Jsoup.parse(manager.get("/cas/pageca6/issues/H/edit").then().statusCode(200).extract().asString());
        assertEquals("/cas/pageca6/issues/H/evidence", edit.select("form#link-evidence").attr("action"));

        manager.post("/cas/pageca6/issues/H/evidence", Map.of("sha256", sha256, "note", "linked from the editor"))
                .then().statusCode(303);
        given().get("/api/cas/pageca6/issues/H").then().body("evidence.sha256", hasItem(sha256))
                .body("evidence.note", hasItem("linked from the editor"));

        manager.get("/cas/pageca6/issues/H/edit");
        manager.post("/cas/pageca6/issues/H/evidence/" + sha256 + "/delete", Map.of()).then().statusCode(303);
        given().get("/api/cas/pageca6/issues/H").then().body("evidence.sha256", not(hasItem(sha256)));
    }

    @Test
    void anonymousFormPostGoesToSignIn() {
        caseFiles.createCa("pageca5", "Page Test CA 5");
        int status = given().redirects().follow(false).multiPart("file", "a.der", new byte[] {1})
                .post("/cas/pageca5/issues/H/evidence/upload").then().extract().statusCode();
        assertTrue(status == 302 || status == 401 || status == 400, "status " + status);
    }
}
