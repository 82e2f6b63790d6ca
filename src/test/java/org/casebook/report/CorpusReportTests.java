package org.casebook.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casebook.analysis.CertificateParser;
import org.casebook.evidence.corpus.CorpusTestStore;
import org.casebook.support.FormSession;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The corpus report and the issue charts over certificates the test PKI made, computed in the request. */
@QuarkusTest
class CorpusReportTests {

    private static final String CA = "chartca";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static ChartCorpus corpus;

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CorpusTestStore store;

    @BeforeEach
    void corpus() {
        if (corpus == null) {
            corpus = ChartCorpus.build(CA, caseFiles, store);
        }
    }

    private static JsonPath report() {
        return given().get("/api/cas/" + CA + "/corpus").then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static long weekdayCount(List<byte[]> certificates, DayOfWeek day) throws Exception {
        long count = 0;
        for (byte[] der : certificates) {
            if (CertificateParser.parseDer(der).notBefore().atZone(SHANGHAI).getDayOfWeek() == day) {
                count++;
            }
        }
        return count;
    }

    @Test
    void reportCountsTheCorpusOfTheCaNotOnlyItsEvidence() throws Exception {
        JsonPath report = report();
        assertEquals("done", report.getString("state"));
        // The leaves and the CA's own root.
        assertEquals(corpus.leaves.size() + 1, report.getInt("certificates"));
        assertEquals(ChartCorpus.BACKDATED, report.getInt("findings.find { it.code == 'w_backdated_by_sct' }.certificates"));
        assertEquals(2, report.getInt("findings.find { it.code == 'e_duplicate_serial_same_issuer' }.certificates"));
        assertEquals(ChartCorpus.TEMPLATE, report.getInt("findings.find { it.code == 'n_fixed_notafter_template' }.certificates"));
        assertTrue(report.getString("findings.find { it.code == 'w_backdated_by_sct' }.certificatesUrl")
                .startsWith("/cas/" + CA + "/corpus/certificates?select=finding%3Aw_backdated_by_sct"));

        // The self-signed root names itself as issuer: it is counted with the leaves it issued.
        assertEquals(corpus.leaves.size() + 1, report.getInt("issuers.find { it.issuer.contains('Issuing CA') }.certificates"));

        List<Map<String, Object>> backdated = report.getList("backdated");
        assertEquals(ChartCorpus.BACKDATED, backdated.size());
        for (Map<String, Object> row : backdated) {
            assertEquals(ChartCorpus.BACKDATED_BY.getSeconds(), ((Number) row.get("gapSeconds")).longValue());
            assertEquals(Instant.parse((String) row.get("notBefore")).plus(ChartCorpus.BACKDATED_BY), Instant.parse((String) row.get("sctTime")));
        }

        assertEquals(1, report.getList("duplicateSerials").size());
        assertEquals("7E1D2C3B4A5968776655443322110099", report.getString("duplicateSerials[0].serialHex"));
        assertEquals(2, report.getList("duplicateSerials[0].sha256").size());

        assertEquals(1, report.getList("templates").size());
        assertEquals(ChartCorpus.FIXED_NOT_AFTER, Instant.parse(report.getString("templates[0].notAfter")));
        assertEquals(ChartCorpus.TEMPLATE, report.getInt("templates[0].certificates"));
        List<byte[]> template = corpus.leaves.subList(0, ChartCorpus.TEMPLATE);
        assertEquals(weekdayCount(template, DayOfWeek.SATURDAY), report.getLong("templates[0].weekdays.saturday"));
        assertEquals(weekdayCount(template, DayOfWeek.SUNDAY), report.getLong("templates[0].weekdays.sunday"));
        assertEquals(2, report.getLong("templates[0].weekdays.saturday"), "5 and 12 March 2016");
    }

    @Test
    void chartTablesHoldTheNumbersOfTheCorpus() throws Exception {
        JsonPath report = report();
        assertEquals(List.of("weekday-hour", "sct-delay", "validity", "findings"), report.getList("charts.name"));
        List<List<String>> heat = report.getList("charts.find { it.name == 'weekday-hour' }.rows");
        List<byte[]> all = new java.util.ArrayList<>(corpus.leaves);
        // The root's notBefore, 2010-01-01T00:00Z, is a Friday 08:00 in Shanghai.
        for (DayOfWeek day : DayOfWeek.values()) {
            long expected = weekdayCount(all, day) + (day == DayOfWeek.FRIDAY ? 1 : 0);
            List<String> row = heat.get(day.getValue() - 1);
            assertEquals(expected, Long.parseLong(row.get(25)), day + ": " + row);
        }
        List<List<String>> delays = report.getList("charts.find { it.name == 'sct-delay' }.rows");
        assertEquals(String.valueOf(ChartCorpus.BACKDATED), delays.stream().filter(r -> r.get(0).equals("48 hours to 7 days")).findFirst().orElseThrow().get(1));
        assertEquals("2", delays.stream().filter(r -> r.get(0).equals("1 to 6 hours")).findFirst().orElseThrow().get(1));
        List<List<String>> validity = report.getList("charts.find { it.name == 'validity' }.rows");
        assertEquals(List.of(ChartCorpus.FIXED_NOT_AFTER.toString(), String.valueOf(ChartCorpus.TEMPLATE), "2016-03-01T02:00:00Z", "2016-03-12T02:00:00Z"),
                validity.get(0));
    }

    @Test
    void corpusChartsAreWellFormedSvgAtTheirOwnUrls() throws Exception {
        for (String name : List.of("weekday-hour", "sct-delay", "validity", "findings")) {
            String svg = given().get("/cas/" + CA + "/corpus/charts/" + name + ".svg").then().statusCode(200)
                    .contentType("image/svg+xml").extract().asString();
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", document.getDocumentElement().getLocalName());
            assertFalse(document.getElementsByTagName("title").item(0).getTextContent().isBlank());
            assertFalse(document.getElementsByTagName("desc").item(0).getTextContent().isBlank());
        }
        given().get("/cas/" + CA + "/corpus/charts/nosuchchart.svg").then().statusCode(404);
        given().get("/cas/" + CA + "/charts/timeline.svg").then().statusCode(200).contentType("image/svg+xml");
    }

    @Test
    void corpusPageShowsTheTablesAndTheChartsWithTheirNumbers() {
        Document page = Jsoup.parse(given().get("/cas/" + CA + "/corpus").then().statusCode(200).extract().asString());
        assertEquals(ChartCorpus.BACKDATED, page.select("#corpus-backdated tbody tr").size());
        assertEquals(1, page.select("#corpus-templates tbody tr").size());
        assertEquals(1, page.select("#corpus-duplicates tbody tr").size());
        assertNotNull(page.selectFirst("#corpus-computed"));
        for (String name : List.of("weekday-hour", "sct-delay", "validity", "findings")) {
            Element figure = page.selectFirst("#figure-" + name);
            assertNotNull(figure, name);
            assertNotNull(figure.selectFirst("svg title"), name);
            assertNotNull(figure.selectFirst("svg desc"), name);
            assertNotNull(figure.selectFirst("a[href=/cas/" + CA + "/corpus/charts/" + name + ".svg]"), name);
        }
        assertEquals(8, page.select("#numbers-weekday-hour tbody tr").size());
        String link = page.selectFirst("#corpus-findings a[href*=w_backdated_by_sct]").attr("href");
        Document selection = Jsoup.parse(given().get(link).then().statusCode(200).extract().asString());
        assertTrue(selection.selectFirst("#selection-count").text().startsWith(ChartCorpus.BACKDATED + " certificates"));
    }

    @Test
    void reportIsReusedUntilTheCorpusChanges() {
        String computedAt = report().getString("computedAt");
        assertEquals(computedAt, report().getString("computedAt"), "nothing changed: the same report");
        int before = report().getInt("certificates");
        byte[] another = org.casebook.testpki.TestPki.certificate().issuer(ChartCorpus.ISSUER.replace("Chart Test", "Chart Test " + CA))
                .subject("CN=late." + CA + ".example").dnsNames("late." + CA + ".example").validity("2016-09-01T00:00:00Z", "2017-09-01T00:00:00Z").der();
        ChartCorpus.upload(another, null, null);
        corpus.leaves.add(another);
        assertEquals(before + 1, report().getInt("certificates"), "a new certificate of the CA: worked out again");
    }

    @Test
    void markdownExportLinksTheChartsAndGivesTheirTables() {
        String md = given().get("/cas/" + CA + "/corpus.md").then().statusCode(200).extract().asString();
        assertTrue(md.contains("![notBefore by weekday and hour](/cas/" + CA + "/corpus/charts/weekday-hour.svg)"), md);
        assertTrue(md.contains("| Weekday | 00 |"), md);
        assertTrue(md.contains("## Provably backdated"), md);
    }

    @Test
    void issuePageChartsItsEvidence() throws Exception {
        Document page = Jsoup.parse(given().get("/cas/" + CA + "/issues/F").then().statusCode(200).extract().asString());
        Element heat = page.selectFirst("#figure-weekday-hour");
        assertNotNull(heat, "the heat map of the evidence");
        assertTrue(heat.selectFirst("svg title").text().startsWith("notBefore by weekday and hour (Asia/Shanghai)"));
        long evidence = corpus.evidence.size();
        long total = heat.select("tbody tr").stream().limit(7).mapToLong(r -> Long.parseLong(r.select("td").get(24).text())).sum();
        assertEquals(evidence, total);
        Element findings = page.selectFirst("#numbers-findings");
        assertEquals(String.valueOf(ChartCorpus.BACKDATED), findings.selectFirst("tr:has(th:containsOwn(w_backdated_by_sct)) td:eq(2)").text());
        String svg = given().get("/cas/" + CA + "/issues/F/charts/sct-delay.svg").then().statusCode(200).extract().asString();
        assertTrue(svg.contains("48 hours"));
        given().get("/cas/" + CA + "/issues/D/charts/sct-delay.svg").then().statusCode(404);
        String md = given().get("/cas/" + CA + "/issues/F.md").then().statusCode(200).extract().asString();
        assertTrue(md.contains("](/cas/" + CA + "/issues/F/charts/weekday-hour.svg)"), md);
    }

    @Test
    void casePageDrawsTheTimeLine() {
        Document page = Jsoup.parse(given().get("/cas/" + CA).then().statusCode(200).extract().asString());
        Element timeline = page.selectFirst("#figure-timeline");
        assertNotNull(timeline);
        assertTrue(timeline.selectFirst("svg desc").text().startsWith("3 issues"), timeline.selectFirst("svg desc").text());
        assertEquals(List.of("Issue D", "Issue F", "Issue H"), timeline.select("tbody th").eachText().subList(0, 3));
        assertNotNull(page.selectFirst("#corpus-report-link[href=/cas/" + CA + "/corpus]"));
    }

    @Test
    void filingASelectionIsAllOrNothing() {
        String good = ChartCorpus.sha256(corpus.leaves.get(5));
        String missing = "ab".repeat(32);
        var api = given().auth().preemptive().basic(ChartCorpus.MANAGER, ChartCorpus.MANAGER + "-pw").contentType(ContentType.JSON);
        String detail = api.body(Map.of("letter", "D", "sha256", List.of(good, missing, "not-a-hash")))
                .post("/api/cas/" + CA + "/corpus/evidence").then().statusCode(400).extract().path("detail");
        assertTrue(detail.contains("not-a-hash"), detail);
        detail = given().auth().preemptive().basic(ChartCorpus.MANAGER, ChartCorpus.MANAGER + "-pw").contentType(ContentType.JSON)
                .body(Map.of("letter", "D", "sha256", List.of(good, missing))).post("/api/cas/" + CA + "/corpus/evidence")
                .then().statusCode(400).extract().path("detail");
        assertTrue(detail.contains(missing), detail);
        assertEquals(0, given().get("/api/cas/" + CA + "/issues/D").then().extract().jsonPath().getList("evidence").size(), "nothing half-saved");
        given().auth().preemptive().basic(ChartCorpus.REVIEWER, ChartCorpus.REVIEWER + "-pw").contentType(ContentType.JSON)
                .body(Map.of("letter", "D", "sha256", List.of(good))).post("/api/cas/" + CA + "/corpus/evidence").then().statusCode(403);

        List<String> backdated = corpus.leaves.subList(ChartCorpus.TEMPLATE, ChartCorpus.TEMPLATE + ChartCorpus.BACKDATED).stream()
                .map(ChartCorpus::sha256).toList();
        FormSession manager = FormSession.signIn(ChartCorpus.MANAGER, ChartCorpus.MANAGER + "-pw");
        Document selection = Jsoup.parse(manager.get("/cas/" + CA + "/corpus/certificates?select=backdated").then().statusCode(200).extract().asString());
        assertEquals(ChartCorpus.BACKDATED, selection.select("#file-selection input[name=sha256][checked]").size());
        var filed = manager.post("/cas/" + CA + "/corpus/evidence", Map.of("letter", "D", "sha256", backdated, "note", "backdated by SCT",
                "select", "backdated"));
        assertEquals(303, filed.statusCode(), filed.asString());
        assertTrue(filed.getHeader("Location").endsWith("/cas/" + CA + "/issues/D#evidence"));
        List<String> linked = given().get("/api/cas/" + CA + "/issues/D").then().extract().jsonPath().getList("evidence.sha256");
        assertEquals(new java.util.TreeSet<>(backdated), new java.util.TreeSet<>(linked));

        var refused = manager.post("/cas/" + CA + "/corpus/evidence", Map.of("letter", "D", "sha256", List.of(missing), "select", "backdated"));
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).selectFirst("#form-error").text().contains(missing));
    }
}
