package org.casebook.evidence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.time.Instant;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CertificatePagesTests {

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void showsDecodedFieldsSctGapsAndTheVerifiedIssuer() {
        KeyPair rootKey = TestPki.newRsaKey();
        byte[] root = TestPki.certificate().selfSignedRoot("C=CN,O=Page Test Root,CN=Page Test Root CA").subjectKey(rootKey)
                .notBefore("2014-01-01T00:00:00Z").notAfter("2034-01-01T00:00:00Z").der();
        byte[] leaf = TestPki.certificate().issuer("C=CN,O=Page Test Root,CN=Page Test Root CA").issuerKey(rootKey)
                .sha1().dnsNames("www.example.org", "example.org")
                .validity("2015-12-20T07:48:31Z", "2016-12-29T16:00:00Z")
                .embeddedScts(Instant.parse("2016-01-18T05:33:21Z")).der();
        caseFiles.storeCertificate(root);
        String sha256 = caseFiles.storeCertificate(leaf);

        Document page = Jsoup.parse(given().get("/certificates/" + sha256).then().statusCode(200).extract().asString());
        String fields = page.select("table.fields").text();
        assertTrue(fields.contains("SHA1withRSA"), fields);
        assertTrue(fields.contains("RSA 2048 bits"), fields);
        assertTrue(fields.contains("(375 days)"), fields);
        assertTrue(fields.contains("signature verified against the issuer on file"), fields);
        assertEquals(2, page.select("#sans + ul li").size());
        assertTrue(page.select("#scts + table").text().contains("28 d 21 h after notBefore"));
        assertTrue(page.select("#scts + table").text().contains("more than 48 hours"));
        assertEquals(1, page.select("a[href=https://crt.sh/?sha256=" + sha256 + "]").size());

        String pem = given().get("/certificates/" + sha256 + ".pem").then().statusCode(200).extract().asString();
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        assertEquals(TestPki.toPem(leaf).replace("\n", ""), pem.replace("\n", ""));
    }

    @Test
    void pageAndJsonSayWhichProfileTheCertificateIsJudgedAs() {
        byte[] ov = org.casebook.analysis.profiles.ProfileCertificates.ovSubscriber().der();
        byte[] root = org.casebook.analysis.profiles.ProfileCertificates.rootCa().subjectKey(TestPki.newRsaKey()).der();
        String ovSha256 = caseFiles.storeCertificate(ov);
        String rootSha256 = caseFiles.storeCertificate(root);

        Document page = Jsoup.parse(given().get("/certificates/" + ovSha256).then().statusCode(200).extract().asString());
        assertEquals("Judged as: subscriber, OV (BR 7.1.2.7.4)", page.select("#judged-as").text());
        assertEquals("Judged as: root CA (BR 7.1.2.1)",
                Jsoup.parse(given().get("/certificates/" + rootSha256).then().statusCode(200).extract().asString()).select("#judged-as").text());

        given().get("/api/certificates/" + ovSha256).then().statusCode(200)
                .body("judgedAs.profile", org.hamcrest.Matchers.equalTo("subscriber-ov"))
                .body("judgedAs.label", org.hamcrest.Matchers.equalTo("subscriber, OV"))
                .body("judgedAs.section", org.hamcrest.Matchers.equalTo("7.1.2.7.4"));
        given().get("/api/certificates/" + rootSha256).then().statusCode(200)
                .body("judgedAs.profile", org.hamcrest.Matchers.equalTo("root-ca"));
    }

    @Test
    void unknownCertificateIsA404() {
        given().get("/certificates/" + "ab".repeat(32)).then().statusCode(404);
    }
}
