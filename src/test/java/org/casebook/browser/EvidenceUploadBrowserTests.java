package org.casebook.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.support.TestCaseFiles;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reviewer signs in, uploads two certificates to a WoSign issue, reads the findings, and exports the issue. */
@QuarkusTest
class EvidenceUploadBrowserTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void reviewerUploadsEvidenceAndSeesTheFindings() throws IOException {
        caseFiles.ensureCa("wosign", "WoSign");
        given().auth().preemptive().basic("admin", "test-admin-password").contentType(ContentType.JSON)
                .body("{\"username\":\"flowreviewer\",\"password\":\"flow reviewer password\",\"roles\":[\"reviewer\"]}")
                .post("/api/users").then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(409)));

        Path dir = Files.createTempDirectory("casebook-upload-");
        // a DV certificate as the BRs of 2016 describe it: AIA with OCSP and caIssuers, the DV policy
        AuthorityInformationAccess aia = new AuthorityInformationAccess(new AccessDescription[] {
            new AccessDescription(AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, "http://ocsp.casebook-test-ca.com")),
            new AccessDescription(AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier,
                    "http://crt.casebook-test-ca.com/issuing.crt"))});
        CertificatePolicies dv = new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier("2.23.140.1.2.1")));
        byte[] cleanDer = TestPki.certificate().subject("CN=clean.casebook-browser-test.com").dnsNames("clean.casebook-browser-test.com")
                .validity("2016-06-01T00:00:00Z", "2016-08-30T00:00:00Z")
                .extension(Extension.authorityInfoAccess, false, aia).extension(Extension.certificatePolicies, false, dv).der();
        byte[] sha1Der = TestPki.certificate().sha1().subject("CN=sha1.casebook-browser-test.com").dnsNames("sha1.casebook-browser-test.com")
                .validity("2016-03-01T00:00:00Z", "2016-05-30T00:00:00Z").der();
        Path clean = Files.writeString(dir.resolve("clean.pem"), TestPki.toPem(cleanDer), StandardCharsets.US_ASCII);
        Path sha1 = Files.write(dir.resolve("sha1-2016.der"), sha1Der);

        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("evidence-upload")) {
            browser.open(root + "/");
            browser.find(By.cssSelector("a[href='/cas/wosign']"));
            browser.page("ca-list");
            browser.clickAndWait(By.cssSelector("a[href='/cas/wosign']"));
            browser.page("wosign-case");
            WebElement firstIssue = browser.find(By.cssSelector("table.issues td.letter a"));
            String issueUrl = firstIssue.getAttribute("href");
            browser.clickAndWait(By.cssSelector("table.issues td.letter a"));
            assertTrue(browser.find(By.tagName("h1")).getText().startsWith("Issue"));
            assertTrue(browser.driver().findElements(By.id("evidence-upload")).isEmpty(), "no upload form before signing in");
            browser.page("issue-anonymous");

            browser.clickAndWait(By.id("sign-in-to-upload"));
            browser.find(By.id("j_username")).sendKeys("flowreviewer");
            browser.find(By.id("j_password")).sendKeys("flow reviewer password");
            browser.page("sign-in");
            browser.clickAndWait(By.id("sign-in"));
            assertTrue(browser.find(By.className("who")).getText().contains("flowreviewer"));
            browser.open(issueUrl);
            browser.find(By.id("evidence-files")).sendKeys(clean.toAbsolutePath() + "\n" + sha1.toAbsolutePath());
            browser.find(By.id("evidence-note")).sendKeys("attached by the browser test");
            browser.page("upload-form");
            browser.clickAndWait(By.id("upload-evidence"));

            List<WebElement> sections = browser.driver().findElements(By.cssSelector("section.uploaded"));
            assertEquals(2, sections.size(), browser.driver().getPageSource());
            WebElement sha1Section = sections.stream().filter(s -> s.getText().contains("sha1.casebook-browser-test.com")).findFirst().orElseThrow();
            WebElement cleanSection = sections.stream().filter(s -> !s.getText().contains("sha1.casebook-browser-test.com")).findFirst().orElseThrow();
            assertTrue(sha1Section.findElement(By.cssSelector("ul.errors")).getText().contains("e_sub_cert_or_sub_ca_using_sha1"));
            assertFalse(cleanSection.getText().contains("e_sub_cert_or_sub_ca_using_sha1"));
            assertTrue(cleanSection.findElements(By.cssSelector("ul.errors, ul.warnings")).isEmpty(),
                    "the DV certificate breaks no rule: " + cleanSection.getText());
            browser.page("findings");

            String certificatePath = sha1Section.findElement(By.cssSelector("h2 a")).getDomAttribute("href");
            browser.clickAndWait(By.cssSelector("section.uploaded h2 a[href='" + certificatePath + "']"));
            assertTrue(browser.find(By.tagName("h1")).getText().contains("sha1.casebook-browser-test.com"));
            assertTrue(browser.find(By.cssSelector("table.findings")).getText().contains("e_sub_cert_or_sub_ca_using_sha1"));
            browser.page("certificate-page");

            browser.open(issueUrl);
            assertTrue(browser.find(By.cssSelector("table.evidence")).getText().contains("attached by the browser test"));
            browser.page("issue-with-evidence");
            browser.clickAndWait(By.linkText("Markdown export"));
            String markdown = waitForMarkdown(browser).replace("\\", ""); // Markdown escapes underscores in the notes
            assertTrue(markdown.contains("Evidence certificates"), markdown);
            assertTrue(markdown.contains("`e_sub_cert_or_sub_ca_using_sha1`"), markdown); // finding codes are code spans
            assertTrue(markdown.contains("attached by the browser test"), markdown);
            browser.screenshot("markdown");
        }
    }

    /** Chromium shows text/markdown inline or saves it, depending on its version: accept either. */
    private static String waitForMarkdown(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            String shown = driver.findElement(By.tagName("body")).getText();
            if (shown.contains("Evidence certificates")) {
                return shown;
            }
            try (Stream<Path> files = Files.list(browser.downloads())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    return Files.readString(file);
                }
            } catch (IOException e) {
                return null;
            }
            return null;
        });
    }
}
