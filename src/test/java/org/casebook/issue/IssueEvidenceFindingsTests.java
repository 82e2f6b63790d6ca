package org.casebook.issue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The issue page and its Markdown show the corpus findings of evidence certificates, not only the stored ones. */
@QuarkusTest
class IssueEvidenceFindingsTests {

    static final String REVIEWER = "evfindreviewer";

    @Inject
    TestCaseFiles caseFiles;

    private static boolean created;

    @BeforeEach
    void caseFile() {
        if (created) {
            return;
        }
        caseFiles.user(REVIEWER, "reviewer");
        caseFiles.createCa("evfind", "Evidence Findings CA");
        KeyPair issuerKey = TestPki.newRsaKey();
        String issuer = "CN=Evidence Findings Issuing CA,O=Evidence Findings,C=CN";
        // Same issuer and serial; Sunday 1 May 2016 (Labour Day) in Shanghai, a working Monday 9 May for the third.
        byte[] first = TestPki.certificate().issuer(issuer).issuerKey(issuerKey).serial("7E1D2C3B4A59687766554433221100AA")
                .subject("CN=dup1.evfind.example,O=Evidence Findings,C=CN").dnsNames("dup1.evfind.example").validity("2016-05-01T02:00:00Z", "2017-05-01T02:00:00Z").der();
        byte[] second = TestPki.certificate().issuer(issuer).issuerKey(issuerKey).serial("7E1D2C3B4A59687766554433221100AA")
                .subject("CN=dup2.evfind.example,O=Evidence Findings,C=CN").dnsNames("dup2.evfind.example").validity("2016-05-01T02:00:37Z", "2017-05-01T02:00:37Z").der();
        byte[] clean = TestPki.certificate().issuer(issuer).issuerKey(issuerKey)
                .subject("CN=clean.evfind.example,O=Evidence Findings,C=CN").dnsNames("clean.evfind.example").validity("2016-05-09T02:00:00Z", "2017-05-09T02:00:00Z").der();
        for (byte[] der : List.of(first, second, clean)) {
            given().auth().preemptive().basic(REVIEWER, REVIEWER + "-pw").contentType("application/pkix-cert").body(der)
                    .queryParam("ca", "evfind").queryParam("issue", "H").post("/api/certificates").then().statusCode(200);
        }
        created = true;
    }

    @Test
    void issuePageShowsCorpusFindingsPerEvidenceCertificate() {
        Document page = Jsoup.parse(given().get("/cas/evfind/issues/H").then().statusCode(200).extract().asString());
        assertEquals(3, page.select("table.evidence tbody tr").size());
        for (String name : List.of("dup1.evfind.example", "dup2.evfind.example")) {
            List<String> codes = page.select("table.evidence tbody tr:contains(" + name + ") .finding").eachText();
            assertTrue(codes.contains("e_duplicate_serial_same_issuer"), name + ": " + codes);
            assertTrue(codes.contains("n_notbefore_on_non_working_day"), name + ": " + codes);
        }
        List<String> clean = page.select("table.evidence tbody tr:contains(clean.evfind.example) .finding").eachText();
        assertFalse(clean.contains("e_duplicate_serial_same_issuer"), clean.toString());
        assertFalse(clean.contains("n_notbefore_on_non_working_day"), clean.toString());
        assertFalse(page.select(".finding[title*=WoSign and StartCom]").isEmpty(), "the corpus check's citation is the tooltip");
    }

    @Test
    void issueMarkdownListsCorpusFindingsAsCodeSpans() {
        String md = given().get("/cas/evfind/issues/H.md").then().statusCode(200).extract().asString();
        List<String> rows = md.lines().filter(l -> l.contains("evfind.example")).toList();
        assertEquals(3, rows.size(), md);
        for (String row : rows) {
            boolean duplicate = !row.contains("clean.evfind");
            assertEquals(duplicate, row.contains("`e_duplicate_serial_same_issuer`"), row);
            assertEquals(duplicate, row.contains("`n_notbefore_on_non_working_day`"), row);
        }
        assertTrue(given().get("/cas/evfind.md").then().statusCode(200).extract().asString()
                .contains("`e_duplicate_serial_same_issuer`"));
    }
}
