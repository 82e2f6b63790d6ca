package org.casebook.evidence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.KeyPair;
import org.casebook.analysis.corpus.CorpusCheckRegistry;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Corpus-check findings on the certificate page carry the check's citation and effective date like lints do. */
@QuarkusTest
class CertificatePageCorpusMetadataTests {

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void duplicateSerialFindingShowsItsRuleAndSinceWhen() {
        KeyPair issuerKey = TestPki.newRsaKey();
        String issuer = "CN=Corpus Metadata Issuing CA,O=Corpus Metadata,C=US";
        byte[] first = TestPki.certificate().issuer(issuer).issuerKey(issuerKey).serial("5C0FFEE0000000000000000000000001")
                .dnsNames("one.corpusmeta.example").notBefore("2016-06-01T10:00:00Z").der();
        byte[] second = TestPki.certificate().issuer(issuer).issuerKey(issuerKey).serial("5C0FFEE0000000000000000000000001")
                .dnsNames("two.corpusmeta.example").notBefore("2016-06-01T10:00:09Z").der();
        caseFiles.storeCertificate(first);
        String sha256 = caseFiles.storeCertificate(second);

        Document page = Jsoup.parse(given().get("/certificates/" + sha256).then().statusCode(200).extract().asString());
        Element row = page.select("table.findings tbody tr:has(td.mono:containsOwn(e_duplicate_serial_same_issuer))").first();
        assertFalse(row == null, page.select("table.findings").text());
        var metadata = CorpusCheckRegistry.standard().byCode("e_duplicate_serial_same_issuer").orElseThrow().metadata();
        assertEquals(metadata.citation(), row.select("td").get(3).text());
        assertEquals(metadata.effectiveDate() == null ? "always" : metadata.effectiveDate().toString(), row.select("td").get(4).text());
    }
}
