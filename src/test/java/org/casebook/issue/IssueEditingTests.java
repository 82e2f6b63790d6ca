package org.casebook.issue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The issue editing API: PUT/PATCH/DELETE, restore, statements, references, credits, evidence, comments. */
@QuarkusTest
class IssueEditingTests {

    @Inject
    TestCaseFiles caseFiles;

    @BeforeEach
    void data() {
        caseFiles.user("emanager", "manager");
        caseFiles.user("ereviewer", "reviewer");
    }

    private static RequestSpecification manager() {
        return given().auth().preemptive().basic("emanager", "emanager-pw").contentType(ContentType.JSON);
    }

    private void ca(String slug) {
        if (given().get("/api/cas/" + slug).statusCode() == 404) {
            caseFiles.createCa(slug, "Editing " + slug);
        }
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndPutReplacesThemAll() {
        ca("edit-patch");
        manager().body("{\"status\":\"resolved\",\"aliases\":[\"Issue -2\",\"Issue Z\"]}")
                .patch("/api/cas/edit-patch/issues/D").then().statusCode(200)
                .body("status", equalTo("resolved")).body("title", equalTo("Long-lived SHA-1 certificates"))
                .body("aliases", equalTo(List.of("Issue -2", "Issue Z"))).body("affectedCertificates", equalTo(1132));
        manager().body("{\"title\":\"Replaced\"}").put("/api/cas/edit-patch/issues/D").then().statusCode(200)
                .body("title", equalTo("Replaced")).body("status", equalTo("suspected")).body("aliases", empty())
                .body("affectedCertificates", equalTo(null));
        given().get("/api/cas/edit-patch/issues/D/history").then()
                .body("[0].author", equalTo("emanager"))
                .body("[0].changes.find { it.field == 'title' }.to", equalTo("Replaced"))
                .body("[1].changes.find { it.field == 'status' }.to", equalTo("resolved"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        ca("edit-bad");
        manager().body("{\"title\":\"x\",\"periodStart\":\"2016-02-30\"}").put("/api/cas/edit-bad/issues/D").then().statusCode(400)
                .body("error", equalTo("invalid input")).body("detail", startsWith("periodStart:"));
        manager().body("{\"title\":\"x\",\"affectedCertificates\":-1}").put("/api/cas/edit-bad/issues/D").then().statusCode(400)
                .body("detail", startsWith("affectedCertificates:"));
        manager().body("{\"title\":\"x\",\"status\":\"closed\"}").put("/api/cas/edit-bad/issues/D").then().statusCode(400)
                .body("detail", startsWith("status: 'closed' is not one of"));
        manager().body("{\"title\":\"\"}").put("/api/cas/edit-bad/issues/D").then().statusCode(400).body("detail", startsWith("title:"));
        manager().body("{\"title\":\"x\",\"periodStart\":\"2016-05\",\"periodEnd\":\"2016-01\"}").put("/api/cas/edit-bad/issues/D")
                .then().statusCode(400).body("detail", startsWith("periodEnd:"));
        manager().body("{\"text\":\"said\",\"sourceUrl\":\"javascript:alert(1)\"}").post("/api/cas/edit-bad/issues/H/statements")
                .then().statusCode(400).body("detail", startsWith("sourceUrl:"));
        manager().body("{\"title\":").put("/api/cas/edit-bad/issues/D").then().statusCode(400).body("error", not(emptyOrNullString()));
        manager().body("{\"aliases\":[\"\"]}").patch("/api/cas/edit-bad/issues/D").then().statusCode(400)
                .body("detail", startsWith("aliases"));
        given().get("/api/cas/edit-bad/issues/D").then().body("title", equalTo("Long-lived SHA-1 certificates"));
    }

    @Test
    void statementsReferencesAndCreditsAreAddedChangedAndDeleted() {
        ca("edit-items");
        int statement = manager().body("{\"statedOn\":\"2016-09\",\"speaker\":\"S\",\"kind\":\"quotation\",\"text\":\"We regret.\"}")
                .post("/api/cas/edit-items/issues/F/statements").then().statusCode(201).extract().path("id");
        manager().body("{\"statedOn\":\"2016-09-02\",\"text\":\"We regret it.\"}").put("/api/cas/edit-items/issues/F/statements/" + statement)
                .then().statusCode(200).body("kind", equalTo("summary")).body("text", equalTo("We regret it."));
        int reference = manager().body("{\"kind\":\"incident-report\",\"title\":\"Report\",\"url\":\"https://example.com/r\"}")
                .post("/api/cas/edit-items/issues/F/references").then().statusCode(201).extract().path("id");
        int credit = manager().body("{\"person\":\"P\"}").post("/api/cas/edit-items/issues/F/credits").then().statusCode(201)
                .extract().path("id");
        given().get("/api/cas/edit-items/issues/F").then().body("statements.id", hasItem(statement))
                .body("references.id", hasItem(reference)).body("credits.id", hasItem(credit));
        manager().delete("/api/cas/edit-items/issues/F/statements/" + statement).then().statusCode(204);
        manager().delete("/api/cas/edit-items/issues/F/references/" + reference).then().statusCode(204);
        manager().delete("/api/cas/edit-items/issues/F/credits/" + credit).then().statusCode(204);
        manager().delete("/api/cas/edit-items/issues/F/credits/" + credit).then().statusCode(404);
        // A statement of another issue is not reachable through this one.
        int other = given().get("/api/cas/edit-items/issues/H").then().extract().path("statements[0].id");
        manager().delete("/api/cas/edit-items/issues/F/statements/" + other).then().statusCode(404);
        given().get("/api/cas/edit-items/issues/F/history").then()
                .body("changes.flatten().findAll { it.field == 'deleted' }.size()", equalTo(3));
    }

    @Test
    void evidenceIsLinkedByHashWithANote() {
        ca("edit-evidence");
        String sha256 = caseFiles.storeCertificate(TestPki.certificate().subject("CN=evidence.example").dnsNames("evidence.example").der());
        manager().body("{\"sha256\":\"" + "0".repeat(64) + "\"}").post("/api/cas/edit-evidence/issues/H/evidence").then()
                .statusCode(400).body("detail", startsWith("sha256:"));
        manager().body("{\"sha256\":\"" + sha256.toUpperCase() + "\",\"note\":\"shows it\"}")
                .post("/api/cas/edit-evidence/issues/H/evidence").then().statusCode(201).body("note", equalTo("shows it"))
                .body("addedBy", equalTo("emanager"));
        manager().body("{\"note\":\"shows it well\"}").put("/api/cas/edit-evidence/issues/H/evidence/" + sha256).then()
                .statusCode(200).body("note", equalTo("shows it well"));
        given().get("/api/cas/edit-evidence/issues/H").then().body("evidence.size()", equalTo(1));
        manager().delete("/api/cas/edit-evidence/issues/H/evidence/" + sha256).then().statusCode(204);
        given().get("/api/cas/edit-evidence/issues/H").then().body("evidence", empty());
    }

    @Test
    void aDeletedIssueStaysInHistoryAndIsRestoredWithEverythingItHad() {
        ca("edit-restore");
        String sha256 = caseFiles.storeCertificate(TestPki.certificate().subject("CN=restore.example").dnsNames("restore.example").der());
        manager().body("{\"sha256\":\"" + sha256 + "\",\"note\":\"kept\"}").post("/api/cas/edit-restore/issues/H/evidence").then().statusCode(201);
        given().auth().preemptive().basic("ereviewer", "ereviewer-pw").contentType(ContentType.JSON).body("{\"text\":\"a remark\"}")
                .post("/api/cas/edit-restore/issues/H/comments").then().statusCode(201);
        manager().delete("/api/cas/edit-restore/issues/H").then().statusCode(204);
        given().get("/api/cas/edit-restore/issues/H").then().statusCode(404);
        given().get("/api/cas/edit-restore/issues").then().body("letter", not(hasItem("H")));
        given().get("/api/cas/edit-restore/deleted-issues").then().statusCode(200)
                .body("letter", hasItem("H")).body("find { it.letter == 'H' }.deletedBy", equalTo("emanager"));
        given().get("/api/cas/edit-restore/issues/H/history").then().statusCode(200)
                .body("[0].changes.find { it.entity == 'issue' }.field", equalTo("deleted"));
        // The letter stays taken: a new issue after F does not get H back.
        String next = manager().body("{\"title\":\"After F\",\"after\":\"F\"}").post("/api/cas/edit-restore/issues").then().statusCode(201)
                .extract().path("letter");
        org.junit.jupiter.api.Assertions.assertNotEquals("H", next);
        manager().post("/api/cas/edit-restore/deleted-issues/H/restore").then().statusCode(201)
                .body("letter", equalTo("H")).body("title", equalTo("Duplicate serial numbers"))
                .body("aliases", equalTo(List.of("Issue X"))).body("statements.size()", equalTo(2))
                .body("references.size()", equalTo(1)).body("credits.size()", equalTo(1))
                .body("evidence[0].note", equalTo("kept"));
        given().get("/api/cas/edit-restore/issues/H/comments").then().body("text", equalTo(List.of("a remark")));
        given().get("/api/cas/edit-restore/audits").then().body("[0].disclosedIssues", hasItem("H"));
        given().get("/api/cas/edit-restore/deleted-issues").then().body("letter", not(hasItem("H")));
        manager().post("/api/cas/edit-restore/deleted-issues/H/restore").then().statusCode(409);
        given().auth().preemptive().basic("ereviewer", "ereviewer-pw").post("/api/cas/edit-restore/deleted-issues/H/restore")
                .then().statusCode(403);
    }

    @Test
    void reviewersDeleteOnlyTheirOwnComments() {
        ca("edit-comments");
        caseFiles.user("ereviewer2", "reviewer");
        int id = given().auth().preemptive().basic("ereviewer", "ereviewer-pw").contentType(ContentType.JSON)
                .body("{\"text\":\"mine\"}").post("/api/cas/edit-comments/issues/D/comments").then().statusCode(201)
                .body("author", equalTo("ereviewer")).extract().path("id");
        given().auth().preemptive().basic("ereviewer2", "ereviewer2-pw").delete("/api/cas/edit-comments/issues/D/comments/" + id)
                .then().statusCode(403);
        given().auth().preemptive().basic("ereviewer", "ereviewer-pw").contentType(ContentType.JSON).body("{\"text\":\" \"}")
                .post("/api/cas/edit-comments/issues/D/comments").then().statusCode(400).body("detail", startsWith("text:"));
        manager().delete("/api/cas/edit-comments/issues/D/comments/" + id).then().statusCode(204);
    }
}
