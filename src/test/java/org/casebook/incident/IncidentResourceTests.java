package org.casebook.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.casebook.storage.CaseClock;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports, questions, clocks and the board on a case each test builds from scratch; time moves through CaseClock. */
@QuarkusTest
class IncidentResourceTests {

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CaseClock clock;

    @BeforeEach
    void users() {
        caseFiles.user("incmanager", "manager");
        caseFiles.user("increviewer", "reviewer");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification manager() {
        return given().auth().preemptive().basic("incmanager", "incmanager-pw").contentType(ContentType.JSON);
    }

    private static List<Map<String, Object>> board(String query) {
        return given().get("/api/board" + query).then().statusCode(200).extract().jsonPath().getList("$");
    }

    private String reportedNow(String ca) {
        caseFiles.createCa(ca, "Incident " + ca);
        Instant reported = clock.now().truncatedTo(ChronoUnit.MINUTES);
        manager().body("{\"reportedAt\":\"" + reported + "\",\"discoveredBy\":\"third-party\"}")
                .patch("/api/cas/" + ca + "/issues/H").then().statusCode(200)
                .body("reportedAt", equalTo(reported.toString())).body("discoveredBy", equalTo("third-party"));
        return reported.toString();
    }

    @Test
    void reportClocksRunFromTheReportedTimeAndStopWhenReportsArrive() {
        String reported = reportedNow("incclock");
        List<Map<String, Object>> rows = board("?ca=incclock");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("preliminary-report", rows.get(0).get("kind"));
        assertEquals("H", rows.get(0).get("letter"));
        assertEquals(false, rows.get(0).get("overdue"));
        assertEquals(Instant.parse(reported).plus(Duration.ofHours(72)).toString(), rows.get(0).get("due"));

        clock.advance(Duration.ofDays(8));
        rows = board("?ca=incclock");
        assertEquals(List.of("preliminary-report", "full-report"), rows.stream().map(r -> r.get("kind")).toList(), rows.toString());
        assertEquals(true, rows.get(0).get("overdue"));
        assertEquals(5, rows.get(0).get("daysOverdue"), "8 days after reporting, a report due after 72 hours is 5 days late");

        String filedAt = clock.now().truncatedTo(ChronoUnit.MINUTES).toString();
        manager().body("{\"kind\":\"preliminary\",\"filedAt\":\"" + filedAt + "\",\"summary\":\"Investigating.\"}")
                .post("/api/cas/incclock/issues/H/reports").then().statusCode(201)
                .body("kind", equalTo("preliminary"))
                .body("warnings.code", hasItem("w_report_missing_section"))
                .body("warnings.find { it.code == 'w_report_missing_section' }.message", containsString("Impact"));
        rows = board("?ca=incclock");
        assertEquals(List.of("full-report", "update"), rows.stream().map(r -> r.get("kind")).toList(), rows.toString());
        assertEquals(Instant.parse(filedAt).plus(Duration.ofDays(7)).toString(), rows.get(1).get("due"));

        manager().body("{\"nextUpdate\":\"" + clock.today().plusDays(2) + "\"}").patch("/api/cas/incclock/issues/H").then().statusCode(200);
        rows = board("?ca=incclock&kind=update");
        assertEquals(1, rows.size());
        assertEquals(clock.today().plusDays(3).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toString(), rows.get(0).get("due"));

        manager().body("{\"kind\":\"closing\",\"filedAt\":\"" + filedAt + "\",\"summary\":\"Done.\"}")
                .post("/api/cas/incclock/issues/H/reports").then().statusCode(201);
        assertEquals(List.of(), board("?ca=incclock"));
    }

    @Test
    void aQuestionIsOwedUntilAStatementAnswersIt() {
        reportedNow("incquestion");
        manager().body("{\"kind\":\"full\",\"filedAt\":\"" + clock.now().truncatedTo(ChronoUnit.MINUTES)
                + "\",\"summary\":\"s\",\"impact\":\"i\",\"timeline\":[{\"at\":\"2016-09-01T10:00Z\",\"event\":\"found\"}],"
                + "\"rootCause\":\"The serial generator kept no state between two signing servers, so both could pick the same number.\","
                + "\"lessonsLearned\":\"l\",\"actionItems\":[{\"action\":\"One serial source\",\"kind\":\"prevent\",\"due\":\"2016-10-01\","
                + "\"status\":\"open\",\"measure\":\"no duplicates in CT\"}]}")
                .post("/api/cas/incquestion/issues/H/reports").then().statusCode(201).body("warnings", equalTo(List.of()));
        Instant asked = clock.now().truncatedTo(ChronoUnit.MINUTES);
        int id = manager().body("{\"text\":\"How were the duplicate serials possible?\",\"askedAt\":\"" + asked + "\"}")
                .post("/api/cas/incquestion/issues/H/questions").then().statusCode(201)
                .body("status", equalTo("open")).body("askedBy", equalTo("incmanager"))
                .body("due", equalTo(asked.plus(Duration.ofDays(7)).toString()))
                .extract().path("id");
        assertEquals(List.of("answer"), board("?ca=incquestion&kind=answer").stream().map(r -> r.get("kind")).toList());
        assertEquals(1, board("?ca=incquestion&manager=incmanager").stream().filter(r -> "answer".equals(r.get("kind"))).count());
        assertEquals(0, board("?ca=incquestion&manager=someoneelse").size());

        clock.advance(Duration.ofDays(9));
        Map<String, Object> row = board("?ca=incquestion&kind=answer").get(0);
        assertEquals(true, row.get("overdue"));
        assertEquals(2, row.get("daysOverdue"));
        assertTrue(((String) row.get("what")).contains("How were the duplicate serials possible?"), row.toString());
        assertEquals("/cas/incquestion/issues/H/incident#questions", row.get("link"));

        given().get("/board.md?ca=incquestion").then().statusCode(200)
                .body(containsString("| incquestion | [H](/cas/incquestion/issues/H/incident#questions) | Answer to: How were the duplicate serials possible?"));
        XmlPath atom = new XmlPath(given().get("/board.atom?ca=incquestion&kind=answer").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString());
        assertEquals("Overdue: incquestion H: Answer to: How were the duplicate serials possible?", atom.getString("feed.entry.title"));
        given().get("/board?ca=incquestion").then().statusCode(200).body(containsString("2 days overdue"));

        int statement = given().get("/api/cas/incquestion/issues/H").then().extract().path("statements[0].id");
        manager().body("{\"answeredBy\":{\"statement\":" + statement + "}}").patch("/api/cas/incquestion/issues/H/questions/" + id)
                .then().statusCode(200).body("status", equalTo("answered")).body("answeredBy.statement", equalTo(statement));
        assertEquals(List.of(), board("?ca=incquestion&kind=answer"));
        given().get("/cas/incquestion/issues/H/incident").then().statusCode(200)
                .body(containsString("How were the duplicate serials possible?")).body(containsString("Answered"));

        JsonPath history = given().get("/api/cas/incquestion/issues/H/history").then().statusCode(200).extract().jsonPath();
        assertTrue(history.prettify().contains("question"), "the question is in the issue's history");
        assertTrue(history.prettify().contains("incident report"), "the report is in the issue's history");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        caseFiles.createCa("incbad", "Incident bad input");
        manager().body("{\"text\":\"When?\",\"askedAt\":\"2016-09-10T10:00Z\",\"due\":\"2016-09-01\"}")
                .post("/api/cas/incbad/issues/H/questions").then().statusCode(400).body("detail", startsWith("due:"));
        manager().body("{\"text\":\"When?\",\"askedAt\":\"2016-09-10T10:00\"}")
                .post("/api/cas/incbad/issues/H/questions").then().statusCode(400).body("detail", startsWith("askedAt:"));
        manager().body("{\"kind\":\"full\",\"filedAt\":\"2016-09-04T10:00Z\",\"actionItems\":[{\"action\":\"Fix\",\"kind\":\"repair\"}]}")
                .post("/api/cas/incbad/issues/H/reports").then().statusCode(400)
                .body("detail", startsWith("actionItems[0].kind: 'repair' is not one of prevent, mitigate, detect"));
        manager().body("{\"kind\":\"full\",\"filedAt\":\"2016-09-04T10:00Z\",\"timeline\":[{\"at\":\"2016-09-01T10:00Z\",\"event\":\"a\"},"
                + "{\"at\":\"2016-09-02 10:00 CST\",\"event\":\"b\"}]}")
                .post("/api/cas/incbad/issues/H/reports").then().statusCode(400).body("detail", startsWith("timeline[1].at:"));
        manager().body("{\"kind\":\"final\",\"filedAt\":\"2016-09-04T10:00Z\"}")
                .post("/api/cas/incbad/issues/H/reports").then().statusCode(400).body("detail", startsWith("kind:"));
        manager().body("{\"kind\":\"full\",\"filedAt\":\"2016-09-04T10:00Z\",\"relatedIssues\":[\"incbad/ZZ\"]}")
                .post("/api/cas/incbad/issues/H/reports").then().statusCode(400).body("detail", startsWith("relatedIssues[0]:"));
        manager().body("{\"kind\":\"full\",\"filedAt\":\"2016-09-04T10:00Z\",\"affected\":[\"not-a-hash\"]}")
                .post("/api/cas/incbad/issues/H/reports").then().statusCode(400).body("detail", startsWith("affected[0]:"));
        manager().body("{\"discoveredBy\":\"a-bird\"}").patch("/api/cas/incbad/issues/H").then().statusCode(400)
                .body("detail", startsWith("discoveredBy:"));
        manager().body("{\"reportedAt\":\"yesterday\"}").patch("/api/cas/incbad/issues/H").then().statusCode(400)
                .body("detail", startsWith("reportedAt:"));
        given().get("/api/cas/incbad/issues/H/reports").then().statusCode(200).body("size()", equalTo(0));
        given().get("/api/cas/incbad/issues/H/questions").then().statusCode(200).body("size()", equalTo(0));
        given().get("/api/cas/incbad/issues/H").then().body("reportedAt", equalTo(null)).body("discoveredBy", equalTo(null));
    }

    @Test
    void reviewersAndAnonymousReadersCannotRecordButCanRead() {
        caseFiles.createCa("incroles", "Incident roles");
        given().auth().preemptive().basic("increviewer", "increviewer-pw").contentType(ContentType.JSON)
                .body("{\"text\":\"Why?\"}").post("/api/cas/incroles/issues/H/questions").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"kind\":\"full\",\"filedAt\":\"2016-09-04T10:00Z\"}")
                .post("/api/cas/incroles/issues/H/reports").then().statusCode(401);
        given().get("/board").then().statusCode(200).body(containsString("What CAs owe"));
        given().get("/api/report-lints").then().statusCode(200)
                .body("code", hasItems("w_report_missing_section", "w_report_timeline_row_without_time",
                        "w_report_action_item_without_due_date", "w_report_action_item_without_kind",
                        "w_report_root_cause_only_human_error", "w_report_affected_count_differs"))
                .body("code", not(hasItem("e_sub_cert_aia_missing")));
    }

    @Test
    void aReportCountThatDriftsAndCertificatesNotOnFileAreWarned() {
        caseFiles.createCa("inccount", "Incident counts");
        String onFile = caseFiles.storeCertificate(org.casebook.testpki.TestPki.certificate().subject("CN=count.example")
                .dnsNames("count.example").der());
        manager().body("{\"sha256\":\"" + onFile + "\"}").post("/api/cas/inccount/issues/H/evidence").then().statusCode(201);
        String other = "c".repeat(64);
        manager().body("{\"kind\":\"update\",\"filedAt\":\"2016-09-04T10:00Z\",\"summary\":\"s\",\"affected\":[\"" + onFile + "\"]}")
                .post("/api/cas/inccount/issues/H/reports").then().statusCode(201)
                .body("warnings.code", hasItem("w_report_affected_count_differs"))
                .body("warnings.code", not(hasItem("w_report_affected_not_in_evidence")));
        manager().body("{\"kind\":\"update\",\"filedAt\":\"2016-09-11T10:00Z\",\"summary\":\"s\",\"affected\":[\"" + onFile + "\",\""
                + other.toUpperCase() + "\"]}")
                .post("/api/cas/inccount/issues/H/reports").then().statusCode(201)
                .body("affected", equalTo(List.of(onFile, other)))
                .body("warnings.message", hasItem("the report lists 2 affected certificates; the previous report listed 1"))
                .body("warnings.message", hasItem("the report lists 2 affected certificates; the issue says 392"))
                .body("warnings.message", hasItem("1 of the 2 affected certificates are not evidence of the issue on file (first: "
                        + other + ")"));
        given().get("/cas/inccount/issues/H/incident").then().statusCode(200).body(containsString("w_report_affected_not_in_evidence"));
    }

    @Test
    void aDeletedIssueComesBackWithItsReportsAndAnsweredQuestions() {
        caseFiles.createCa("increstore", "Incident restore");
        int report = manager().body("{\"kind\":\"full\",\"filedAt\":\"2016-09-04T10:00Z\",\"summary\":\"restorable\"}")
                .post("/api/cas/increstore/issues/H/reports").then().statusCode(201).extract().path("id");
        int question = manager().body("{\"text\":\"Will it come back?\",\"askedAt\":\"2016-09-05T10:00Z\"}")
                .post("/api/cas/increstore/issues/H/questions").then().statusCode(201).extract().path("id");
        manager().body("{\"answeredBy\":{\"report\":" + report + "}}").patch("/api/cas/increstore/issues/H/questions/" + question)
                .then().statusCode(200);
        manager().delete("/api/cas/increstore/issues/H").then().statusCode(204);
        manager().post("/api/cas/increstore/deleted-issues/H/restore").then().statusCode(201);
        JsonPath reports = given().get("/api/cas/increstore/issues/H/reports").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("restorable"), reports.getList("summary"));
        int restoredReport = reports.getInt("[0].id");
        given().get("/api/cas/increstore/issues/H/questions").then().statusCode(200)
                .body("[0].text", equalTo("Will it come back?")).body("[0].status", equalTo("answered"))
                .body("[0].answeredBy.report", equalTo(restoredReport));
    }
}
