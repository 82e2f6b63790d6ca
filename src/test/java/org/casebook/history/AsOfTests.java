package org.casebook.history;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casebook.storage.CaseClock;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Case and issue pages, and their Markdown, as the case file knew them at the end of a day ({@code ?asOf=}). */
@QuarkusTest
class AsOfTests {

    static final String MANAGER = "asofmanager";

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CaseClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void anEditLaterThanTheDayIsNotShownAsOfThatDay() {
        caseFiles.user(MANAGER, "manager");
        caseFiles.createCa("asofca", "As Of Test CA");
        LocalDate today = clock.today();
        String original = given().get("/api/cas/asofca/issues/H").then().extract().path("title");
        clock.advance(Duration.ofDays(10));
        LocalDate later = clock.today();
        given().auth().preemptive().basic(MANAGER, MANAGER + "-pw").contentType("application/json")
                .body(Map.of("title", "Duplicate serial numbers, renamed later")).patch("/api/cas/asofca/issues/H").then().statusCode(200);
        given().auth().preemptive().basic(MANAGER, MANAGER + "-pw").contentType("application/json")
                .body(Map.of("title", "An issue filed later", "after", "H")).post("/api/cas/asofca/issues").then().statusCode(201);

        Document then = page("/cas/asofca/issues/H?asOf=" + today);
        assertEquals("Issue H: " + original, then.select("h1").text());
        assertTrue(then.select("#as-of").text().contains("As known at the end of " + today), then.select("#as-of").text());
        Document now = page("/cas/asofca/issues/H");
        assertTrue(now.select("#as-of").isEmpty());
        assertTrue(now.select("h1").text().endsWith("renamed later"));
        assertTrue(page("/cas/asofca/issues/H?asOf=" + later).select("h1").text().endsWith("renamed later"));

        String md = given().get("/cas/asofca/issues/H.md?asOf=" + today).then().statusCode(200).extract().asString();
        assertTrue(md.startsWith("> **As known at the end of " + today + " (UTC).**"), md);
        assertTrue(md.contains("# Issue H: " + original + "\n"), md);

        Document casePage = page("/cas/asofca?asOf=" + today);
        List<String> titles = casePage.select("td a[href*=/issues/]").eachText();
        assertTrue(titles.contains(original) && !titles.contains("An issue filed later"), titles.toString());
        assertTrue(page("/cas/asofca").select("td a[href*=/issues/]").eachText().contains("An issue filed later"));
        String caMd = given().get("/cas/asofca.md?asOf=" + today).then().statusCode(200).extract().asString();
        assertFalse(caMd.contains("An issue filed later"));

        given().get("/cas/asofca?asOf=2016-09-01").then().statusCode(404);
        given().get("/cas/asofca/issues/H.md?asOf=2016-09-01").then().statusCode(404);
    }

    @Test
    void theSeededCaseOnADayShowsOnlyWhatWasSaidByThen() {
        Document l = page("/cas/wosign/issues/L?asOf=2016-09-01");
        List<String> when = l.select("ol.timeline .when").eachText();
        assertTrue(when.contains("25 Aug 2016") && !when.contains("4 Sep 2016"), when.toString());
        assertTrue(page("/cas/wosign/issues/L").select("ol.timeline .when").eachText().contains("4 Sep 2016"));
        Document r = page("/cas/wosign/issues/R?asOf=2016-09-18");
        assertFalse(r.select("ol.timeline").text().contains("made an equity investment"), r.select("ol.timeline").text());
        assertTrue(page("/cas/wosign/issues/R?asOf=2016-09-19").select("ol.timeline").text().contains("made an equity investment"));
        String md = given().get("/cas/wosign.md?asOf=2016-09-01").then().statusCode(200).extract().asString();
        assertTrue(md.startsWith("> **As known at the end of 2016-09-01 (UTC).**"));
        assertFalse(md.contains("**4 Sep 2016"), "no statement of 4 September 2016 yet");
        assertTrue(given().get("/cas/wosign.md").then().extract().asString().contains("**4 Sep 2016"));
    }

    @Test
    void aDayThatIsNotADateIsRefusedByName() {
        for (String path : List.of("/cas/wosign", "/cas/wosign.md", "/cas/wosign/issues/L", "/cas/wosign/issues/L.md")) {
            for (String bad : List.of("2016-13-01", "yesterday", "2016-9-1")) {
                String answer = given().get(path + "?asOf=" + bad).then().statusCode(400).extract().asString();
                assertTrue(answer.contains("asOf: '" + bad + "'"), path + ": " + answer);
            }
        }
    }

    @Test
    void thePublishedPageCacheKeepsTheDayAndTheLivePageApart() {
        String asOf = "/cas/wosign/issues/L?asOf=2016-09-02";
        Response first = given().get(asOf);
        Response second = given().get(asOf);
        assertEquals("hit", second.getHeader("X-Casebook-Cache"), "the page as of a day is kept like any published page");
        assertEquals(first.asString(), second.asString());
        Document live = Jsoup.parse(given().get("/cas/wosign/issues/L").then().statusCode(200).extract().asString());
        assertTrue(live.select("#as-of").isEmpty(), "the live page is never the as-of one");
        assertTrue(live.select("ol.timeline .when").eachText().contains("4 Sep 2016"));
        Document again = Jsoup.parse(given().get(asOf).then().statusCode(200).extract().asString());
        assertFalse(again.select("#as-of").isEmpty(), "nor the other way round");
        assertFalse(again.select("ol.timeline .when").eachText().contains("4 Sep 2016"));
    }
}
