package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A reader and a reviewer walk the case pages in a real browser. */
@QuarkusTest
class ReadingFlowBrowserTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void browseACaseSignInAndSignOut() {
        caseFiles.createCa("browsertest", "Browser Test CA");
        caseFiles.user("breviewer", "reviewer");
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("reading-flow")) {
            browser.open(root + "/");
            browser.find(By.linkText("Browser Test CA"));
            browser.page("ca-list");
            browser.clickAndWait(By.linkText("Browser Test CA"));
            assertEquals("Browser Test CA", browser.find(By.tagName("h1")).getText());
            browser.page("case-page");
            browser.clickAndWait(By.linkText("Duplicate serial numbers"));
            assertTrue(browser.find(By.tagName("h1")).getText().contains("Issue H"));
            browser.page("issue-page");
            browser.clickAndWait(By.linkText("Sign in"));
            browser.find(By.id("j_username")).sendKeys("breviewer");
            browser.find(By.id("j_password")).sendKeys("breviewer-pw");
            browser.page("sign-in-form");
            browser.clickAndWait(By.id("sign-in"));
            assertTrue(browser.find(By.className("who")).getText().contains("breviewer"));
            browser.page("signed-in");
            browser.clickAndWait(By.id("sign-out"));
            browser.find(By.linkText("Sign in"));
        }
    }
}
