package org.casebook.ca;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaPagesTests {

    @Inject
    TestCaseFiles caseFiles;

    private static boolean created;

    @BeforeEach
    void caseFile() {
        if (!created) {
            caseFiles.createCa("pagetest", "Page Test CA");
            caseFiles.createCa("xsspage", "XSS <b>CA</b>");
            caseFiles.setTitle("xsspage", "D", "<script>alert(1)</script>", "<img src=x onerror=alert(1)> [bad](javascript:alert(1)) [good](https://example.com)");
            created = true;
        }
    }

    @Test
    void indexListsCasWithIssueCounts() {
        Document page = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());
        Element row = page.select("table.list tr:has(a[href=/cas/pagetest])").first();
        assertEquals("3", row.select("td.num").text());
    }

    @Test
    void casePageListsIssuesInLetterOrderWithAliasesAuditsAndCrossSigns() {
        Document page = Jsoup.parse(given().get("/cas/pagetest").then().statusCode(200).extract().asString());
        List<String> letters = page.select("table.issues td.letter").eachText();
        assertEquals(List.of("D", "F", "H"), letters);
        assertTrue(page.select("table.issues tr:contains(Duplicate serial numbers)").text().contains("Issue X"));
        assertTrue(page.text().contains("Example Auditors (Hong Kong)"));
        assertTrue(page.text().contains("/C=IL/O=Other/CN=Other Root"));
        assertTrue(page.select("script").isEmpty(), "pages need no JavaScript");
    }

    @Test
    void issuePageShowsTimelineReferencesAndCredits() {
        Document page = Jsoup.parse(given().get("/cas/pagetest/issues/H").then().statusCode(200).extract().asString());
        assertEquals(2, page.select("ol.timeline li").size());
        assertTrue(page.select("ol.timeline li").first().text().contains("25 Aug 2016"));
        assertTrue(page.select("ul.references a[href=https://example.com/report.pdf]").size() == 1);
        assertTrue(page.text().contains("A. Researcher"));
        assertTrue(page.select("a[href=/cas/pagetest/issues/H.md]").size() == 1);
    }

    @Test
    void userTextIsShownAsText() {
        Document page = Jsoup.parse(given().get("/cas/xsspage/issues/D").then().statusCode(200).extract().asString());
        assertTrue(page.select("script").isEmpty());
        assertTrue(page.select("img").isEmpty());
        assertTrue(page.select("h1").text().contains("<script>alert(1)</script>"));
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        assertTrue(page.select("a[href=https://example.com]").size() == 1);
        Document casePage = Jsoup.parse(given().get("/cas/xsspage").then().extract().asString());
        assertEquals("XSS <b>CA</b>", casePage.select("h1").text());
    }

    @Test
    void unknownCaIsA404() {
        given().get("/cas/nope").then().statusCode(404);
        given().get("/cas/pagetest/issues/ZZ").then().statusCode(404);
    }
}
