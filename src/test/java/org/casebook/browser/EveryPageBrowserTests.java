package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages no other flow reaches, each checked by axe and photographed at both widths: an admin's forms (CA,
 * ownership, audit, cross-sign), the users page, the CA history, the commitment ledger, the corpus report, the
 * CCADB import page, and the seeded case as known on a past day.
 */
@QuarkusTest
class EveryPageBrowserTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void everyRemainingPageHasNoSeriousOrCriticalAccessibilityViolation() {
        caseFiles.createCa("everypage", "Every Page CA");
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("every-page")) {
            browser.open(root + "/login");
            browser.find(By.id("j_username")).sendKeys("admin");
            browser.find(By.id("j_password")).sendKeys("test-admin-password");
            browser.clickAndWait(By.id("sign-in"));
            String[][] pages = {
                {"/cas/new", "ca-form"},
                {"/cas/everypage/edit", "ca-edit-form"},
                {"/cas/everypage/ownership/new", "ownership-form"},
                {"/cas/everypage/audits/new", "audit-form"},
                {"/cas/everypage/cross-signs/new", "cross-sign-form"},
                {"/users", "users"},
                {"/cas/everypage/history", "ca-history"},
                {"/cas/wosign/commitments", "commitments"},
                {"/cas/everypage/corpus", "corpus-report"},
                {"/ccadb", "ccadb-import"},
                {"/cas/wosign?asOf=2016-09-01", "case-as-of"},
                {"/cas/wosign/issues/S?asOf=2016-09-01", "issue-as-of"},
            };
            for (String[] page : pages) {
                browser.open(root + page[0]);
                assertTrue(browser.find(By.tagName("h1")).isDisplayed(), page[0]);
                browser.page(page[1]);
            }
        }
    }
}
