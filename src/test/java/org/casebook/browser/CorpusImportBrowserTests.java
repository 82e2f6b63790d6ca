package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reviewer imports a corpus file from the corpus report and watches its job to the end on the job page. */
@QuarkusTest
class CorpusImportBrowserTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void reviewerImportsACorpusFileAndSeesItsProgressAndRejections() throws IOException {
        caseFiles.ensureCa("importbrowserca", "Import Browser CA");
        caseFiles.user("importflow", "reviewer");
        List<byte[]> certificates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "browser-" + i + ".corpus-import.example";
            certificates.add(TestPki.certificate().subject("CN=" + name).dnsNames(name).der());
        }
        StringBuilder pem = new StringBuilder(TestPki.toPem(certificates.get(0)));
        pem.append("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
        pem.append(TestPki.toPem(certificates.get(1))).append(TestPki.toPem(certificates.get(2)));
        Path file = Files.writeString(Files.createTempDirectory("casebook-corpus-").resolve("corpus.pem"), pem, StandardCharsets.US_ASCII);

        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("corpus-import")) {
            browser.open(root + "/login");
            browser.find(By.id("j_username")).sendKeys("importflow");
            browser.find(By.id("j_password")).sendKeys("importflow-pw");
            browser.clickAndWait(By.id("sign-in"));
            browser.open(root + "/cas/importbrowserca/corpus");
            browser.clickAndWait(By.id("corpus-import-link"));
            browser.find(By.id("corpus")).sendKeys(file.toAbsolutePath().toString());
            browser.page("corpus-import-form");
            browser.clickAndWait(By.id("start-import"));
            browser.waitForUrlContaining("/jobs/");
            browser.page("job-page");

            // No script and no timed refresh (axe: meta-refresh): the page is read again until the job is done.
            String jobUrl = browser.driver().getCurrentUrl();
            long until = System.currentTimeMillis() + 60_000;
            while (!browser.find(By.tagName("h1")).getText().endsWith("done") && System.currentTimeMillis() < until) {
                sleep();
                browser.open(jobUrl);
            }
            assertTrue(browser.find(By.tagName("h1")).getText().endsWith("done"), browser.find(By.tagName("h1")).getText());
            WebElement bar = browser.find(By.cssSelector("progress#job-bar"));
            assertEquals("4", bar.getDomAttribute("max"));
            assertEquals("4", bar.getDomAttribute("value"));
            assertEquals("3", browser.find(By.id("job-stored")).getText());
            assertEquals("1", browser.find(By.id("job-rejected")).getText());
            String rejections = browser.find(By.id("job-rejections")).getText();
            assertTrue(rejections.contains("2 line 23: truncated"), rejections);
            assertTrue(browser.driver().findElements(By.id("job-refresh")).isEmpty(), "a finished job's page offers no refresh");
            browser.page("job-done");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
