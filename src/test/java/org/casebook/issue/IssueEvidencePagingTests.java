package org.casebook.issue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An issue with hundreds of evidence certificates: its page shows them a hundred at a time with stored findings
 * counted over all of them; the Markdown export still lists every one.
 */
@QuarkusTest
class IssueEvidencePagingTests {

    static final String REVIEWER = "evpagereviewer";
    static final int CERTIFICATES = 230;
    static final int SHA1 = 30;

    @Inject
    TestCaseFiles caseFiles;

    private static List<String> sha256s;

    @BeforeEach
    void caseFile() {
        if (sha256s != null) {
            return;
        }
        caseFiles.user(REVIEWER, "reviewer");
        caseFiles.createCa("evpage", "Evidence Paging CA");
        StringBuilder bundle = new StringBuilder();
        for (int i = 0; i < CERTIFICATES; i++) {
            TestPki.CertBuilder certificate = TestPki.certificate().subject("CN=page" + i + ".evpage.example").dnsNames("page" + i + ".evpage.example")
                    .notBefore("2016-03-01T00:00:00Z");
            if (i % (CERTIFICATES / SHA1) == 0 && i / (CERTIFICATES / SHA1) < SHA1) {
                certificate.sha1(); // SHA-1 after 2016-01-01: e_sub_cert_or_sub_ca_using_sha1
            }
            bundle.append(certificate.pem());
        }
        JsonPath answer = given().auth().preemptive().basic(REVIEWER, REVIEWER + "-pw").contentType("application/x-pem-file")
                .body(bundle.toString().getBytes(StandardCharsets.US_ASCII)).queryParam("ca", "evpage").queryParam("issue", "H")
                .post("/api/certificates").then().statusCode(200).extract().jsonPath();
        sha256s = answer.getList("certificates.sha256", String.class);
        assertEquals(CERTIFICATES, sha256s.size());
    }

    private static Document page(String query) {
        return Jsoup.parse(given().get("/cas/evpage/issues/H" + query).then().statusCode(200).extract().asString());
    }

    @Test
    void theIssuePageShowsAHundredAtATimeWithLinksBetweenPages() {
        Document first = page("");
        assertEquals(100, first.select("table.evidence tbody tr").size());
        assertTrue(first.selectFirst("#evidence-pager").text().startsWith("Certificates 1 to 100 of 230 (page 1 of 3)"),
                first.selectFirst("#evidence-pager").text());
        assertEquals("/cas/evpage/issues/H?evidence-page=2#evidence", first.selectFirst("#evidence-next").attr("href"));
        assertTrue(first.select("#evidence-previous").isEmpty());

        Document last = page("?evidence-page=3");
        assertEquals(30, last.select("table.evidence tbody tr").size());
        assertTrue(last.selectFirst("#evidence-pager").text().startsWith("Certificates 201 to 230 of 230 (page 3 of 3)"));
        assertEquals("/cas/evpage/issues/H?evidence-page=2#evidence", last.selectFirst("#evidence-previous").attr("href"));
        assertTrue(last.select("#evidence-next").isEmpty());

        // every certificate is on exactly one page, in the order they were filed
        List<String> shown = new java.util.ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            page("?evidence-page=" + p).select("table.evidence tbody tr td.dn a").forEach(a -> shown.add(a.attr("href").replace("/certificates/", "")));
        }
        assertEquals(sha256s, shown);

        // out of range or not a number: the nearest page, not an error
        assertEquals(30, page("?evidence-page=99").select("table.evidence tbody tr").size());
        assertEquals(100, page("?evidence-page=x").select("table.evidence tbody tr").size());
    }

    @Test
    void storedFindingsAreCountedOverAllEvidenceCertificates() {
        Document first = page("");
        String summary = first.selectFirst("#evidence-summary").text();
        assertTrue(summary.startsWith("230 certificates."), summary);
        assertTrue(summary.contains("e_sub_cert_or_sub_ca_using_sha1 " + SHA1), summary);
    }

    @Test
    void theMarkdownExportListsEveryEvidenceCertificate() {
        String markdown = given().get("/cas/evpage/issues/H.md").then().statusCode(200).extract().asString();
        for (String sha256 : sha256s) {
            assertTrue(markdown.contains("[" + sha256 + "](https://crt.sh/?sha256=" + sha256 + ")"), sha256);
        }
    }
}
