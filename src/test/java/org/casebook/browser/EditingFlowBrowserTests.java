package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A manager inserts an issue between two others, edits it, and finds both changes, by name, in its history. */
@QuarkusTest
class EditingFlowBrowserTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void managerInsertsEditsAndSeesTheHistory() {
        caseFiles.createCa("browseredit", "Browser Editing CA");
        caseFiles.user("bmanager", "manager");
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("editing-flow")) {
            browser.open(root + "/login");
            browser.find(By.id("j_username")).sendKeys("bmanager");
            browser.find(By.id("j_password")).sendKeys("bmanager-pw");
            browser.clickAndWait(By.id("sign-in"));
            browser.open(root + "/cas/browseredit/issues/D");
            browser.page("issue-d-with-tools");
            browser.clickAndWait(By.id("insert-after"));
            assertTrue(browser.find(By.tagName("h1")).getText().contains("after D"));
            browser.find(By.id("title")).sendKeys("Precertificates logged but never issued");
            browser.find(By.id("aliases")).sendKeys("Issue P");
            browser.find(By.id("periodStart")).sendKeys("2016-03");
            browser.page("new-issue-form");
            browser.clickAndWait(By.id("save"));
            String url = browser.driver().getCurrentUrl();
            String letter = url.substring(url.lastIndexOf('/') + 1);
            assertTrue("D".compareTo(letter) < 0 && letter.compareTo("F") < 0, "letter " + letter + " is not between D and F");
            assertTrue(browser.find(By.tagName("h1")).getText().contains("Precertificates logged but never issued"));
            browser.page("inserted-issue");

            browser.clickAndWait(By.id("edit-issue"));
            WebElement title = browser.find(By.id("title"));
            title.clear();
            title.sendKeys("Precertificates logged for certificates never issued");
            new Select(browser.find(By.id("status"))).selectByValue("confirmed");
            browser.find(By.id("body")).sendKeys("Found by **crt.sh** monitoring; <script>alert(1)</script> stays text.");
            browser.clickAndWait(By.id("preview"));
            assertEquals("crt.sh", browser.find(By.cssSelector("#body-preview strong")).getText());
            browser.page("edit-with-preview");
            browser.clickAndWait(By.id("save"));
            assertTrue(browser.find(By.tagName("h1")).getText().contains("never issued"));
            assertTrue(browser.find(By.cssSelector("section.prose")).getText().contains("<script>alert(1)</script>"));
            browser.page("edited-issue");

            browser.clickAndWait(By.id("history-link"));
            List<WebElement> revisions = browser.driver().findElements(By.cssSelector("section.revision"));
            assertEquals(2, revisions.size());
            for (WebElement revision : revisions) {
                assertEquals("bmanager", revision.findElement(By.className("author")).getText());
            }
            String newest = revisions.get(0).getText();
            assertTrue(newest.contains("Precertificates logged but never issued") && newest.contains("Precertificates logged for certificates never issued"),
                    newest);
            assertTrue(newest.contains("confirmed"), newest);
            assertTrue(revisions.get(1).getText().contains("Issue P"), revisions.get(1).getText());
            browser.page("history");
        }
    }
}
