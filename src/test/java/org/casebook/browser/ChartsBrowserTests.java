package org.casebook.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The seeded Issue S (backdated SHA-1 certificates) has no evidence certificates in the seed, so this test first
 * files some as a reviewer would through the API: SHA-1 certificates with notBefores on a December 2015 Saturday
 * and Sunday and SCTs from January 2016, then opens the issue page in Chromium and reads its weekday heat map.
 */
@QuarkusTest
class ChartsBrowserTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void issueSShowsItsWeekdayHeatMap() {
        caseFiles.ensureCa("wosign", "WoSign");
        caseFiles.user("chartsbrowser", "reviewer");
        List<Instant> notBefores = List.of(Instant.parse("2015-12-19T03:00:00Z"), Instant.parse("2015-12-20T03:00:00Z"),
                Instant.parse("2015-12-20T04:00:00Z"), Instant.parse("2015-12-21T02:00:00Z"));
        int n = 0;
        for (Instant notBefore : notBefores) {
            byte[] der = TestPki.certificate().sha1().subject("CN=s" + n + ".casebook-charts-test.com").dnsNames("s" + n++ + ".casebook-charts-test.com")
                    .validity(notBefore.toString(), notBefore.plus(Duration.ofDays(365)).toString())
                    .embeddedScts(Instant.parse("2016-01-10T00:00:00Z")).der();
            given().auth().preemptive().basic("chartsbrowser", "chartsbrowser-pw").contentType("application/pkix-cert").body(der)
                    .queryParam("ca", "wosign").queryParam("issue", "S").post("/api/certificates").then().statusCode(200);
        }
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("charts")) {
            browser.open(root + "/cas/wosign/issues/S");
            WebElement figure = browser.find(By.id("figure-weekday-hour"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", figure);
            browser.page("issue-s-heat-map");
            WebElement svg = figure.findElement(By.tagName("svg"));
            assertTrue(svg.getSize().getWidth() > 300, "the heat map is drawn: " + svg.getSize());
            assertTrue(figure.findElement(By.tagName("figcaption")).getText().contains("Saturday 1, Sunday 2"),
                    figure.findElement(By.tagName("figcaption")).getText());
            List<WebElement> rows = figure.findElements(By.cssSelector("#numbers-weekday-hour tbody tr"));
            assertEquals(8, rows.size());
            assertTrue(rows.get(6).getText().startsWith("Sunday"), rows.get(6).getText());
            assertEquals("2", rows.get(6).findElements(By.tagName("td")).get(24).getText(), "two Sunday notBefores");
            assertTrue(browser.driver().findElement(By.id("figure-sct-delay")).getText().contains("48 hours"));
        }
    }
}
