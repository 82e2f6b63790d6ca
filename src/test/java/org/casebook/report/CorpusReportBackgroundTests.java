package org.casebook.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.casebook.evidence.corpus.CorpusTestStore;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A corpus above the in-request limit is computed in the background: 202 with progress first, then the report. */
@QuarkusTest
@TestProfile(CorpusReportBackgroundTests.SmallInRequestLimit.class)
class CorpusReportBackgroundTests {

    public static class SmallInRequestLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casebook.corpus-report.in-request-max", "3");
        }
    }

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CorpusTestStore store;

    @Test
    void largeCorpusIsComputedInTheBackgroundWithProgress() throws Exception {
        ChartCorpus corpus = ChartCorpus.build("chartbg", caseFiles, store);
        Response first = given().get("/api/cas/chartbg/corpus");
        assertEquals(202, first.statusCode(), first.asString());
        assertEquals("5", first.getHeader("Retry-After"));
        JsonPath progress = first.jsonPath();
        assertEquals("computing", progress.getString("state"));
        assertEquals(corpus.leaves.size() + 1, progress.getInt("total"));
        assertTrue(progress.getInt("done") <= progress.getInt("total"));

        JsonPath report = waitForReport();
        assertEquals(corpus.leaves.size() + 1, report.getInt("certificates"));
        assertEquals(ChartCorpus.BACKDATED, report.getList("backdated").size());
        assertEquals(report.getString("computedAt"), waitForReport().getString("computedAt"), "reused while nothing changes");

        byte[] another = org.casebook.testpki.TestPki.certificate().issuer(ChartCorpus.ISSUER.replace("Chart Test", "Chart Test chartbg"))
                .subject("CN=late.chartbg.example").dnsNames("late.chartbg.example").validity("2016-09-01T00:00:00Z", "2017-09-01T00:00:00Z").der();
        ChartCorpus.upload(another, null, null);
        Response stale = given().get("/cas/chartbg/corpus");
        assertEquals(200, stale.statusCode());
        var page = Jsoup.parse(stale.asString());
        if (page.selectFirst("#corpus-progress") != null) {
            // Still computing: the page says how far, reloads itself, and shows the previous report meanwhile.
            assertTrue(page.selectFirst("meta[http-equiv=refresh]") != null);
            assertTrue(page.selectFirst("#corpus-progress progress") != null);
            assertTrue(page.selectFirst("#corpus-computed") != null, "the previous report stays on view");
        }
        assertEquals(corpus.leaves.size() + 2, waitForReport().getInt("certificates"));
    }

    private static JsonPath waitForReport() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            Response answer = given().get("/api/cas/chartbg/corpus");
            if (answer.statusCode() == 200) {
                return answer.jsonPath();
            }
            assertEquals(202, answer.statusCode(), answer.asString());
            Thread.sleep(200);
        }
        throw new AssertionError("the background report did not finish within 2 minutes");
    }
}
