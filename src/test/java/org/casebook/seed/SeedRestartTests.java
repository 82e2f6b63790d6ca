package org.casebook.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.ca.CertificationAuthority;
import org.casebook.issue.Issue;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;

/** The seed loads once: running the loader again, as a restart does, changes nothing. */
@QuarkusTest
class SeedRestartTests {

    private static final List<String> TABLES = List.of("certification_authority", "ownership_event", "issue", "issue_alias",
            "ca_statement", "issue_reference", "issue_credit", "audit_statement", "audited_issue", "cross_sign", "certificate",
            "issue_AUD", "REVINFO");

    @Inject
    CaseFileSeed seed;

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    EntityManager em;

    @Test
    void runningTheLoaderAgainChangesNothing() {
        Map<String, Long> before = rowCounts();
        String markdownBefore = given().get("/cas/wosign.md").then().statusCode(200).extract().asString();

        CaseFileSeed.Outcome outcome = seed.seedIfEmpty();

        assertFalse(outcome.loaded());
        assertEquals(before, rowCounts());
        assertEquals(markdownBefore, given().get("/cas/wosign.md").then().extract().asString());
    }

    @Test
    void dataAddedAfterTheSeedGetsIdsPastTheSeededOnesAndSurvivesAnotherRun() {
        CertificationAuthority ca = caseFiles.createCa("restarttest", "Restart Test CA");
        long maxSeededIssueId = QuarkusTransaction.requiringNew().call(() ->
                Issue.<Issue>list("ca.slug", "wosign").stream().mapToLong(i -> i.id).max().orElseThrow());
        List<Long> newIssueIds = QuarkusTransaction.requiringNew().call(() ->
                Issue.<Issue>list("ca.slug", "restarttest").stream().map(i -> i.id).toList());
        assertTrue(ca.id >= 1000, "CA id " + ca.id);
        assertTrue(newIssueIds.stream().allMatch(id -> id >= 1000 && id > maxSeededIssueId), newIssueIds + " vs " + maxSeededIssueId);

        assertFalse(seed.seedIfEmpty().loaded());

        given().get("/api/cas/restarttest/issues").then().statusCode(200);
        assertEquals(13, (int) given().get("/api/cas/wosign").then().extract().path("issueCount"));
    }

    @Test
    void theSeedIsOneEnversRevisionByTheSeed() {
        List<?> history = given().get("/api/cas/wosign/issues/H/history").then().statusCode(200).extract().path("");
        assertEquals(1, history.size(), history.toString());
        given().get("/api/cas/wosign/issues/H/history").then().body("[0].author", org.hamcrest.Matchers.equalTo("seed"));
    }

    @Test
    void aFailingStatementLeavesNothingBehind() {
        Map<String, Long> before = rowCounts();
        IllegalStateException failure = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> seed.load(
                "insert into certification_authority (id, slug, name) values (990, 'halfseeded', 'Half Seeded CA');\n"
                        + "insert into issue (id, ca_id, letter, title, status, affectedApproximate, coveredInIncidentReport, disclosedInAudit)"
                        + " values (990, 990, 'A', 'x', 'CONFIRMED', false, false, false);\n"
                        + "insert into no_such_table values (1);"));
        assertTrue(failure.getMessage().contains("statement 3"), failure.getMessage());
        given().get("/api/cas/halfseeded").then().statusCode(404);
        assertEquals(before, rowCounts());
    }

    private Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
            }
            return counts;
        });
    }
}
