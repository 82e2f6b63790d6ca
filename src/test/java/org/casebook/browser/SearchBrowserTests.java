package org.casebook.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.net.URL;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A reader finds a certificate from the header's search box by its serial typed without the leading zero (issue 15). */
@QuarkusTest
class SearchBrowserTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void aSerialTypedWithoutItsLeadingZeroFindsTheCertificate() {
        caseFiles.user("bsearcher", "reviewer");
        // The top bit is set, so the DER INTEGER (and the stored serial) starts with a zero octet: 00F0...
        BigInteger serial = new BigInteger("F0E1D2C3B4A5968778695A4B3C2D1E0F", 16);
        byte[] der = TestPki.certificate().serial(serial).subject("CN=leading-zero.browsersearch.example")
                .dnsNames("leading-zero.browsersearch.example").der();
        String sha256 = given().auth().preemptive().basic("bsearcher", "bsearcher-pw").contentType("application/x-pem-file")
                .body(TestPki.toPem(der).getBytes()).post("/api/certificates").then().statusCode(200)
                .extract().path("certificates[0].sha256");
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("search")) {
            browser.open(root + "/");
            browser.find(By.id("site-search-q")).sendKeys("f0:e1:d2:c3:b4:a5:96:87:78:69:5a:4b:3c:2d:1e:0f");
            browser.page("serial-typed-without-leading-zero");
            browser.clickAndWait(By.id("site-search-go"));
            String matched = browser.find(By.cssSelector("#search-certificates .matched")).getText();
            assertTrue(matched.contains("serial number 00F0E1D2C3B4A5968778695A4B3C2D1E0F"), matched);
            assertTrue(matched.contains("leading zeros"), matched);
            browser.page("search-results");
            browser.clickAndWait(By.cssSelector("#search-certificates a[href='/certificates/" + sha256 + "']"));
            assertEquals("CN=leading-zero.browsersearch.example".replace("CN=", "/CN="), browser.find(By.tagName("h1")).getText());
            browser.page("certificate-page");
        }
    }

    @Test
    void anIncidentReportIsFoundByAWordOfItsActionItemsAndOpensAtTheReport() {
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("search-reports")) {
            browser.open(root + "/");
            browser.find(By.id("site-search-q")).sendKeys("operating system");
            browser.clickAndWait(By.id("site-search-go"));
            String matched = browser.find(By.cssSelector("#search-reports .matched")).getText();
            assertTrue(matched.contains("action item: Update the operating system"), matched);
            browser.page("search-finds-a-report");
            browser.clickAndWait(By.cssSelector("#search-reports a[href='/cas/wosign/issues/W/incident#report-622']"));
            assertTrue(browser.find(By.id("report-622")).getText().contains("Update the operating system of the validation server(s)"));
        }
    }
}
