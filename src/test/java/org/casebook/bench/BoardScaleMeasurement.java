package org.casebook.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.casebook.storage.CaseClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: it asserts nothing. Fills the database with 200 CAs, 5,000 issues and 20,000 incident
 * reports and questions, then times {@code GET /api/board} (the whole board, unfiltered, and filtered by one CA) over
 * HTTP on this machine. Run with bench/board/run.sh (or {@code ./mvnw test -Pmeasurement -Dtest=BoardScaleMeasurement});
 * the figures go to standard output and target/board-scale.txt.
 */
@Tag("measurement")
@QuarkusTest
class BoardScaleMeasurement {

    private static final int CAS = Integer.getInteger("board.bench.cas", 200);
    private static final int ISSUES_PER_CA = Integer.getInteger("board.bench.issues-per-ca", 25);
    /** Reports plus questions: half and half, spread over the issues. */
    private static final int REPORTS_AND_QUESTIONS = Integer.getInteger("board.bench.reports-and-questions", 20_000);
    /** The share of issues still open (the rest resolved): an open issue has clocks, a resolved one none. */
    private static final double OPEN_SHARE = Double.parseDouble(System.getProperty("board.bench.open-share", "0.2"));
    private static final int WARMUP = Integer.getInteger("board.bench.warmup", 100);
    private static final int REQUESTS = Integer.getInteger("board.bench.requests", 500);
    private static final long FIRST_ID = 3_000_000_000L;

    @Inject
    DataSource dataSource;

    @Inject
    CaseClock clock;

    @Test
    void boardAtScale() throws Exception {
        Instant now = clock.now();
        Random random = new Random(14);
        long started = System.nanoTime();
        int issues = fill(now, random);
        String filled = String.format(Locale.ROOT, "filled %d CAs, %d issues, %d reports and questions in %.1f s", CAS, issues,
                REPORTS_AND_QUESTIONS, (System.nanoTime() - started) / 1e9);
        System.out.println(filled);
        StringBuilder out = new StringBuilder(filled).append('\n');
        out.append(measure("/api/board", "whole board")).append('\n');
        out.append(measure("/api/board?ca=bench-ca-7", "one CA")).append('\n');
        out.append(measure("/api/board?kind=answer", "answers only")).append('\n');
        System.out.print(out);
        Files.writeString(Path.of("target", "board-scale.txt"), out.toString());
    }

    private String measure(String path, String label) {
        int rows = given().get(path).then().statusCode(200).extract().jsonPath().getList("$").size();
        for (int i = 0; i < WARMUP; i++) {
            given().get(path).then().statusCode(200);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            given().get(path).then().statusCode(200);
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(Long::compare);
        return String.format(Locale.ROOT, "%-12s %-28s rows %5d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms (%d requests)",
                label, path, rows, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6, REQUESTS);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private int fill(Instant now, Random random) throws SQLException {
        List<Long> issueIds = new ArrayList<>();
        List<Instant> reportedAts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement ca = connection.prepareStatement(
                    "insert into certification_authority (id, slug, name, version) values (?, ?, ?, 0)");
                    PreparedStatement issue = connection.prepareStatement("insert into issue (id, ca_id, letter, title, status, "
                            + "affectedApproximate, coveredInIncidentReport, disclosedInAudit, reportedAt, discoveredBy, version) "
                            + "values (?, ?, ?, ?, ?, false, false, false, ?, 'THIRD_PARTY', 0)")) {
                long issueId = FIRST_ID;
                for (int c = 0; c < CAS; c++) {
                    long caId = FIRST_ID + c;
                    ca.setLong(1, caId);
                    ca.setString(2, "bench-ca-" + c);
                    ca.setString(3, "Bench CA " + c);
                    ca.addBatch();
                    for (int i = 0; i < ISSUES_PER_CA; i++) {
                        Instant reported = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
                        issue.setLong(1, issueId);
                        issue.setLong(2, caId);
                        issue.setString(3, "" + (char) ('B' + i / 26) + (char) ('A' + i % 26));
                        issue.setString(4, "Bench issue " + i);
                        issue.setString(5, random.nextDouble() < OPEN_SHARE ? "CONFIRMED" : "RESOLVED");
                        issue.setTimestamp(6, Timestamp.from(reported));
                        issue.addBatch();
                        issueIds.add(issueId++);
                        reportedAts.add(reported);
                    }
                }
                ca.executeBatch();
                issue.executeBatch();
            }
            String[] kinds = {"PRELIMINARY", "FULL", "UPDATE", "UPDATE", "CLOSING"};
            try (PreparedStatement report = connection.prepareStatement("insert into incident_report (id, version, issue_id, kind, "
                    + "filedAt, filedPrecision, summary) values (?, 0, ?, ?, ?, 'minute', 'Bench report')");
                    PreparedStatement question = connection.prepareStatement("insert into incident_question (id, version, issue_id, "
                            + "text, askedBy, askedAt, due, status) values (?, 0, ?, ?, 'benchmanager', ?, ?, ?)")) {
                for (int n = 0; n < REPORTS_AND_QUESTIONS; n++) {
                    int pick = random.nextInt(issueIds.size());
                    Instant after = reportedAts.get(pick).plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
                    if (n % 2 == 0) {
                        report.setLong(1, FIRST_ID + n);
                        report.setLong(2, issueIds.get(pick));
                        report.setString(3, kinds[random.nextInt(kinds.length)]);
                        report.setTimestamp(4, Timestamp.from(after));
                        report.addBatch();
                    } else {
                        question.setLong(1, FIRST_ID + n);
                        question.setLong(2, issueIds.get(pick));
                        question.setString(3, "Bench question " + n + " about the affected certificates?");
                        question.setTimestamp(4, Timestamp.from(after));
                        question.setTimestamp(5, Timestamp.from(after.plus(Duration.ofDays(7))));
                        question.setString(6, random.nextDouble() < 0.25 ? "OPEN" : "ANSWERED");
                        question.addBatch();
                    }
                    if (n % 2000 == 1999) {
                        report.executeBatch();
                        question.executeBatch();
                    }
                }
                report.executeBatch();
                question.executeBatch();
            }
            connection.commit();
        }
        return issueIds.size();
    }
}
