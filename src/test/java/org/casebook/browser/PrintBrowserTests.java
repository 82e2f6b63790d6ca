package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A manager prints a case page and an issue page to PDF: documents with their header and tables, without forms. */
@QuarkusTest
class PrintBrowserTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void aPrintedCasePageHasItsHeaderAndIssueTableAndNoForm() throws IOException {
        caseFiles.createCa("printca", "Print Test CA");
        caseFiles.user("pmanager", "manager");
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("print")) {
            signIn(browser, root);
            browser.open(root + "/cas/printca");
            List<String> titles = browser.driver().findElements(By.cssSelector("table.issues tbody td:nth-child(2)")).stream()
                    .map(WebElement::getText).map(t -> t.replaceAll("\\s+", " ")).toList();
            List<String> formControls = formControlTexts(browser);
            assertTrue(formControls.contains("Sign out"), formControls.toString());
            String pdf = text(browser.printToPdf("case-page")).replaceAll("\\s+", " ");

            assertTrue(pdf.contains("Casebook · Print Test CA"), pdf);
            assertTrue(pdf.contains("As of "), pdf);
            assertTrue(pdf.contains("Letter") && pdf.contains("Title") && pdf.contains("Status"), pdf);
            assertTrue(titles.size() == 3, titles.toString());
            for (String title : titles) {
                assertTrue(pdf.contains(title), title + " is not in the printed issue table:\n" + pdf);
            }
            for (String control : formControls) {
                assertFalse(pdf.contains(control), "a form control is printed: " + control + "\n" + pdf);
            }
            assertFalse(pdf.contains("Skip to the page") || pdf.contains("Markdown export") || pdf.contains("Add an issue"), pdf);
            assertTrue(pdf.contains("https://example.com/printca"), "the CA's website is printed: " + pdf);
            // on screen a cross-sign shows its CN with the full name in a <details>; on paper the full name
            assertTrue(pdf.replace(" ", "").contains("/C=IL/O=Other/CN=OtherRoot"), "the full DN is printed: " + pdf);
        }
    }

    @Test
    void aPrintedIssuePageWritesOutItsReferencesLinks() throws IOException {
        caseFiles.createCa("printissue", "Print Issue CA");
        caseFiles.user("pmanager", "manager");
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("print-issue")) {
            signIn(browser, root);
            browser.open(root + "/cas/printissue/issues/H");
            List<String> formControls = formControlTexts(browser);
            assertTrue(formControls.contains("Post comment"), formControls.toString());
            String pdf = text(browser.printToPdf("issue-page")).replaceAll("\\s+", " ");

            assertTrue(pdf.contains("Casebook · Print Issue CA · Issue H"), pdf);
            assertTrue(pdf.contains("Issue H: Duplicate serial numbers"), pdf);
            assertTrue(pdf.contains("Final incident report <https://example.com/report.pdf>"), pdf);
            for (String control : formControls) {
                assertFalse(pdf.contains(control), "a form control is printed: " + control + "\n" + pdf);
            }
            assertFalse(pdf.contains("Edit this issue") || pdf.contains("Issue F →"), pdf);
        }
    }

    private static void signIn(Browser browser, String root) {
        browser.open(root + "/login");
        browser.find(By.id("j_username")).sendKeys("pmanager");
        browser.find(By.id("j_password")).sendKeys("pmanager-pw");
        browser.clickAndWait(By.id("sign-in"));
    }

    /** What the forms on screen show: their buttons' and labels' texts. */
    private static List<String> formControlTexts(Browser browser) {
        return browser.driver().findElements(By.cssSelector("form button, form label")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).distinct().toList();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
