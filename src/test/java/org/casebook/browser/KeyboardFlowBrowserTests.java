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
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Signing in, uploading evidence and editing an issue with the keyboard alone: every control is reached with Tab
 * (with a visible focus), filled by typing and used with Enter or Space; the mouse is never used.
 */
@QuarkusTest
class KeyboardFlowBrowserTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void aManagerSignsInUploadsEvidenceAndEditsAnIssueWithKeysOnly() throws IOException {
        caseFiles.createCa("keyboardca", "Keyboard CA");
        caseFiles.user("kmanager", "manager");
        Path pem = Files.writeString(Files.createTempDirectory("casebook-keys-").resolve("keys.pem"),
                TestPki.toPem(TestPki.certificate().sha1().subject("CN=keys.casebook-browser-test.com")
                        .dnsNames("keys.casebook-browser-test.com").validity("2016-03-01T00:00:00Z", "2016-05-30T00:00:00Z").der()),
                StandardCharsets.US_ASCII);
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("keyboard-flow")) {
            browser.open(root + "/cas/keyboardca/issues/F");
            browser.tabTo(By.linkText("Sign in"), 10);
            browser.enterAndWait();
            browser.tabTo(By.id("j_username"), 10);
            browser.type("kmanager", Keys.TAB, "kmanager-pw");
            assertEquals("j_password", browser.driver().switchTo().activeElement().getAttribute("id"));
            browser.page("keyboard-sign-in");
            browser.enterAndWait();
            assertTrue(browser.find(By.className("who")).getText().contains("kmanager"));

            browser.open(root + "/cas/keyboardca/issues/F");
            // a file input is a button that opens the system's file chooser; typing the path is what its keyboard user does there
            browser.tabTo(By.id("evidence-files"), 40).sendKeys(pem.toAbsolutePath().toString());
            browser.tabTo(By.id("evidence-note"), 5);
            browser.type("filed from the keyboard");
            browser.page("keyboard-upload-form");
            browser.tabTo(By.id("upload-evidence"), 3);
            browser.enterAndWait();
            assertTrue(browser.find(By.cssSelector("section.uploaded ul.errors")).getText().contains("e_sub_cert_or_sub_ca_using_sha1"));
            browser.page("keyboard-upload-answer");

            browser.tabTo(By.id("back-to-issue"), 60);
            browser.enterAndWait();
            browser.tabTo(By.id("edit-issue"), 80);
            browser.enterAndWait();
            browser.tabTo(By.id("title"), 15);
            browser.type(Keys.chord(Keys.CONTROL, "a"), "Certificates identical except for notBefore");
            browser.tabTo(By.id("status"), 3);
            browser.type("Suspected");
            browser.tabTo(By.id("coveredInIncidentReport"), 10);
            browser.type(Keys.SPACE);
            browser.page("keyboard-edit-form");
            browser.tabTo(By.id("save"), 10);
            browser.enterAndWait();

            assertTrue(browser.find(By.tagName("h1")).getText().contains("Certificates identical except for notBefore"));
            assertEquals("Suspected", browser.find(By.cssSelector("p.meta .status")).getText());
            assertTrue(browser.find(By.cssSelector("table.facts")).getText().contains("Covered in the CA's incident report yes"));
            assertTrue(browser.find(By.cssSelector("table.evidence")).getText().contains("keys.casebook-browser-test.com"));
            browser.page("keyboard-edited-issue");
        }
    }
}
