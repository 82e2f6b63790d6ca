package org.casebook.commitment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.commitment.service.CommitmentObligations;
import org.casebook.storage.CaseClock;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Statements marked as commitments, their status, and recurrence, on a case built here and on the seeded case. */
@QuarkusTest
class CommitmentLedgerTests {

    static final String MANAGER = "commitmanager";
    static final String CA = "commitca";

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CaseClock clock;

    @Inject
    CommitmentObligations obligations;

    private static boolean created;
    private static String sameCategory;
    private static String otherCategory;
    private static long promise;
    private static long later;

    @BeforeEach
    void caseFile() {
        if (created) {
            return;
        }
        caseFiles.user(MANAGER, "manager");
        caseFiles.createCa(CA, "Commitment Test CA");
        sameCategory = manager().contentType("application/json")
                .body(Map.of("title", "Duplicate serials again", "after", "H", "category", "rfc-violation"))
                .post("/api/cas/" + CA + "/issues").then().statusCode(201).extract().path("letter");
        otherCategory = manager().contentType("application/json")
                .body(Map.of("title", "SM2 keys with a reused serial", "after", sameCategory, "category", "br-violation"))
                .post("/api/cas/" + CA + "/issues").then().statusCode(201).extract().path("letter");
        JsonPath h = given().get("/api/cas/" + CA + "/issues/H").then().statusCode(200).extract().jsonPath();
        promise = h.getLong("statements.find { it.statedOn == '2016-08-25' }.id");
        later = h.getLong("statements.find { it.statedOn == '2016-09-04' }.id");
        created = true;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification manager() {
        return given().auth().preemptive().basic(MANAGER, MANAGER + "-pw");
    }

    private static String commitment(long statement) {
        return "/api/cas/" + CA + "/issues/H/statements/" + statement + "/commitment";
    }

    private static JsonPath ledger() {
        return given().get("/api/cas/" + CA + "/commitments").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPreventionPromisePastItsDueDateIsMissedAndLaterIssuesOfItsKindAreRecurrences() {
        manager().contentType("application/json").body(Map.of("kind", "prevent", "due", "2016-10-01", "status", "open"))
                .put(commitment(promise)).then().statusCode(200);
        JsonPath ledger = ledger();
        Map<String, Object> entry = ledger.getMap("find { it.id == " + promise + " }");
        assertEquals("missed", entry.get("status"), entry.toString());
        assertEquals("prevent", entry.get("kind"));
        assertEquals(List.of(sameCategory), ledger.getList("find { it.id == " + promise + " }.recurrence.letter"),
                "same category, no defining findings: a recurrence; another category: not");

        // With defining findings on both sides, a shared code makes the other-category issue a recurrence too.
        for (String letter : List.of("H", otherCategory)) {
            manager().contentType("application/json").body(Map.of("definingFindings", List.of("e_duplicate_serial_same_issuer")))
                    .patch("/api/cas/" + CA + "/issues/" + letter).then().statusCode(200);
        }
        assertEquals(List.of(sameCategory, otherCategory), ledger().getList("find { it.id == " + promise + " }.recurrence.letter"));

        Document laterPage = Jsoup.parse(given().get("/cas/" + CA + "/issues/" + otherCategory).then().statusCode(200).extract().asString());
        String recurrence = laterPage.select(".recurrence-of").text();
        assertTrue(recurrence.contains("Issue H") && recurrence.contains("We are searching our database.")
                && recurrence.contains("25 Aug 2016"), recurrence);
        Document earlierPage = Jsoup.parse(given().get("/cas/" + CA + "/issues/H").then().statusCode(200).extract().asString());
        assertTrue(earlierPage.select(".recurred-in").text().contains("Issue " + otherCategory), earlierPage.select("#recurrence").text());
        assertTrue(given().get("/cas/" + CA + "/issues/" + otherCategory + ".md").then().statusCode(200).extract().asString()
                .contains("A recurrence of [Issue H]"));
        Document page = Jsoup.parse(given().get("/cas/" + CA + "/commitments").then().statusCode(200).extract().asString());
        assertEquals("Missed", page.select("tr.commitment .status").first().text());
    }

    @Test
    void anOpenCommitmentBecomesMissedWhenTheClockPassesItsDueDate() {
        String due = clock.today().plusDays(3).toString();
        manager().contentType("application/json").body(Map.of("kind", "mitigate", "due", due))
                .put(commitment(later)).then().statusCode(200);
        assertEquals("open", ledger().getString("find { it.id == " + later + " }.status"));
        assertTrue(obligations.openAt(clock.now()).stream()
                .anyMatch(o -> o.caSlug().equals(CA) && o.kind().equals(CommitmentObligations.KIND) && !o.overdueAt(clock.now())));
        clock.advance(Duration.ofDays(5));
        assertEquals("missed", ledger().getString("find { it.id == " + later + " }.status"));
        assertTrue(obligations.openAt(clock.now()).stream()
                .anyMatch(o -> o.caSlug().equals(CA) && o.kind().equals(CommitmentObligations.KIND) && o.overdueAt(clock.now())));
        clock.reset();
        manager().contentType("application/json").body(Map.of("kind", "mitigate", "due", due, "status", "done",
                "evidence", "The update report says so.")).put(commitment(later)).then().statusCode(200);
        assertEquals("done", ledger().getString("find { it.id == " + later + " }.status"));
        assertFalse(obligations.openAt(clock.now()).stream().anyMatch(o -> o.caSlug().equals(CA) && o.what().contains("incident report")));
    }

    @Test
    void badCommitmentsAreRefusedByFieldAndNothingIsSaved() {
        String before = ledger().prettify();
        Map<String, String> body = new HashMap<>(Map.of("kind", "sometimes", "due", "2016-10-01"));
        manager().contentType("application/json").body(body).put(commitment(promise + 1000))
                .then().statusCode(404);
        String anyStatement = commitment(promise);
        manager().contentType("application/json").body(Map.of("kind", "sometimes", "due", "2016-10-01"))
                .put(anyStatement).then().statusCode(400).body("detail", startsWith("kind:"));
        manager().contentType("application/json").body(Map.of("kind", "prevent", "due", "2016-02-30"))
                .put(anyStatement).then().statusCode(400).body("detail", startsWith("due:"));
        manager().contentType("application/json").body(Map.of("kind", "prevent", "due", "2016-08-01"))
                .put(anyStatement).then().statusCode(400).body("detail", startsWith("due: '2016-08-01' is before the statement"));
        manager().contentType("application/json").body(Map.of("kind", "prevent", "status", "forgotten"))
                .put(anyStatement).then().statusCode(400).body("detail", startsWith("status:"));
        given().contentType("application/json").body(Map.of("kind", "prevent")).put(anyStatement).then().statusCode(401);
        assertEquals(before, ledger().prettify());
    }

    @Test
    void deletingAnIssueWithAClaimAndACommitmentTakesThemAlong() {
        String letter = manager().contentType("application/json").body(Map.of("title", "Short-lived issue", "after", "D"))
                .post("/api/cas/" + CA + "/issues").then().statusCode(201).extract().path("letter");
        String issue = "/api/cas/" + CA + "/issues/" + letter;
        long statement = ((Number) manager().contentType("application/json").body(Map.of("text", "We will fix it.", "statedOn", "2016-09"))
                .post(issue + "/statements").then().statusCode(201).extract().path("id")).longValue();
        manager().contentType("application/json").body(Map.of("kind", "prevent")).put(issue + "/statements/" + statement + "/commitment")
                .then().statusCode(200);
        manager().contentType("application/json").body(Map.of("affectedCount", 3)).put(issue + "/claim").then().statusCode(200);
        manager().delete(issue + "/statements/" + statement).then().statusCode(204);
        manager().delete(issue).then().statusCode(204);
        given().get(issue + "/claim").then().statusCode(404);
        assertFalse(ledger().getList("letter").contains(letter));
    }

    @Test
    void seededIssueHsPreventionPromiseRecursInPAndQ() {
        JsonPath ledger = given().get("/api/cas/wosign/commitments").then().statusCode(200).extract().jsonPath();
        Map<String, Object> h = ledger.getMap("find { it.letter == 'H' }");
        assertTrue(((String) h.get("text")).contains("prevent the recurrence"), h.toString());
        assertEquals(null, h.get("madeOn"), "the page gives no date for the audit report");
        assertEquals(List.of("P", "Q"), ledger.getList("find { it.letter == 'H' }.recurrence.letter"));
        for (String letter : List.of("P", "Q")) {
            Document page = Jsoup.parse(given().get("/cas/wosign/issues/" + letter).then().statusCode(200).extract().asString());
            String text = page.select(".recurrence-of").text();
            assertTrue(text.contains("Issue H") && text.contains("prevent the recurrence") && text.contains("undated"), letter + ": " + text);
        }
        Document h0 = Jsoup.parse(given().get("/cas/wosign/issues/H").then().statusCode(200).extract().asString());
        assertEquals("Issue P, Issue Q", String.join(", ", h0.select(".recurred-in a").eachText()));
        given().get("/cas/wosign/commitments").then().statusCode(200);
    }

    @Test
    void aReportsPreventingActionItemIsAPromiseInTheLedgerAndALaterIssueOfItsKindARecurrence() {
        String ca = "commitreportca";
        caseFiles.createCa(ca, "Action Item Test CA");
        manager().contentType("application/json").body(Map.of("category", "rfc-violation"))
                .patch("/api/cas/" + ca + "/issues/H").then().statusCode(200);
        manager().contentType("application/json").body(Map.of("kind", "full", "filedAt", "2016-08-26T10:00Z",
                "summary", "Duplicate serial numbers from two signing servers.",
                "actionItems", List.of(Map.of("action", "One serial number generator for every signing server", "kind", "prevent",
                        "due", "2016-09-30", "status", "done", "measure", "No duplicate serial in a monthly scan"))))
                .post("/api/cas/" + ca + "/issues/H/reports").then().statusCode(201);
        String again = manager().contentType("application/json")
                .body(Map.of("title", "Duplicate serials once more", "after", "H", "category", "rfc-violation"))
                .post("/api/cas/" + ca + "/issues").then().statusCode(201).extract().path("letter");

        JsonPath ledger = given().get("/api/cas/" + ca + "/commitments").then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = ledger.getMap("find { it.source == 'action-item' }");
        assertEquals("One serial number generator for every signing server", item.get("text"), String.valueOf(item));
        assertEquals("prevent", item.get("kind"));
        assertEquals("done", item.get("status"));
        assertEquals("2016-08-26", item.get("madeOn"));
        assertEquals(List.of(again), ledger.getList("find { it.source == 'action-item' }.recurrence.letter"));
    }
}
