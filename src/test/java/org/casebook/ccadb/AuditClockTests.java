package org.casebook.ccadb;

import static io.restassured.RestAssured.given;
import static org.casebook.ccadb.CcadbReports.ALL_CERTIFICATE_RECORDS;
import static org.casebook.ccadb.CcadbReports.csv;
import static org.casebook.ccadb.CcadbReports.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.casebook.ccadb.service.AuditClocks;
import org.casebook.obligation.Obligation;
import org.casebook.storage.CaseClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Audit clocks over imported CCADB audits: overdue, late, gaps, long periods, and the board's obligation. */
@QuarkusTest
class AuditClockTests {

    private static final DateTimeFormatter REPORT = DateTimeFormatter.ofPattern("uuuu.MM.dd");

    @Inject
    CaseClock clock;

    @Inject
    AuditClocks clocks;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** One row per TLS BR audit (each a root of its own): {start, end, statement}. */
    private static void importAudits(String owner, String prefix, List<LocalDate[]> audits) {
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        int n = 0;
        for (LocalDate[] audit : audits) {
            n++;
            rows.add(row("CA Owner", owner, "Salesforce Record ID", prefix + n, "Certificate Name", owner + " Root " + n,
                    "Certificate Record Type", "Root Certificate", "Revocation Status", "Not Revoked",
                    "SHA-256 Fingerprint", String.format("%064X", (prefix.hashCode() & 0xffff) * 100 + n),
                    "Valid From (GMT)", "2010.01.01", "Valid To (GMT)", "2040.01.01", "Auditor", "Clockwork Auditors",
                    "TLS BR Audit URL", "https://audits.example/" + prefix + "/" + n + ".pdf", "TLS BR Audit Type", "WebTrust",
                    "TLS BR Audit Period Start Date", REPORT.format(audit[0]), "TLS BR Audit Period End Date", REPORT.format(audit[1]),
                    "TLS BR Audit Statement Date", REPORT.format(audit[2])));
        }
        given().auth().preemptive().basic("admin", "test-admin-password").contentType("text/csv").body(csv(ALL_CERTIFICATE_RECORDS, rows))
                .post("/api/ccadb/all-certificate-records").then().statusCode(200);
    }

    private static List<String> codes(String slug) {
        // Signed in: the public page cache keeps an anonymous page until the database changes, not until the clock moves.
        return Jsoup.parse(given().auth().preemptive().basic("admin", "test-admin-password").get("/cas/" + slug).then().statusCode(200).extract().asString()).select("ul.audit-clocks li code").eachText();
    }

    @Test
    void lateStatementGapAndLongPeriodAreFindingsWithTheirSources() {
        importAudits("Clock Late Gap", "CLG", List.of(
                new LocalDate[] {LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), LocalDate.of(2022, 6, 15)},
                new LocalDate[] {LocalDate.of(2022, 3, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 1)}));
        List<String> codes = codes("clock-late-gap");
        assertTrue(codes.containsAll(List.of("w_audit_statement_late", "e_audit_period_gap", "e_audit_period_too_long", "e_audit_statement_overdue")),
                codes.toString());
        String text = Jsoup.parse(given().get("/cas/clock-late-gap").asString()).select("ul.audit-clocks").text();
        assertTrue(text.contains("Mozilla Root Store Policy §3.1.3") && text.contains("BR §8.1"), text);
        assertTrue(text.contains("2022-01-01 – 2022-02-28 unaudited"), text);
    }

    @Test
    void nextStatementBecomesOverdueAsTheClockMovesAndIsOnTheBoard() {
        LocalDate today = clock.today();
        LocalDate end = today.minusMonths(13);
        importAudits("Clock On Time", "COT", List.<LocalDate[]>of(new LocalDate[] {end.minusYears(1).plusDays(1), end, end.plusMonths(2)}));
        assertFalse(codes("clock-on-time").contains("e_audit_statement_overdue"), codes("clock-on-time").toString());

        Obligation owed = clocks.openAt(clock.now()).stream().filter(o -> o.caSlug().equals("clock-on-time")).findFirst().orElseThrow();
        assertEquals("audit-statement", owed.kind());
        assertEquals(end.plusYears(1).plusMonths(3).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), owed.due());
        assertFalse(owed.overdueAt(clock.now()));

        clock.advance(Duration.ofDays(100));
        assertTrue(codes("clock-on-time").contains("e_audit_statement_overdue"), codes("clock-on-time").toString());
        assertTrue(owed.overdueAt(clock.now()));
    }
}
