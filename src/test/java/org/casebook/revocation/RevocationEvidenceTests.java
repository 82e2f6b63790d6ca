package org.casebook.revocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.casebook.obligation.Obligation;
import org.casebook.revocation.service.RevocationObligations;
import org.casebook.storage.CaseClock;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestCrl;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CRLs and OCSP responses as evidence, end to end through the API: filed beside certificates, checked against the
 * issuer on file by name and key, applied to certificates, and judged against an issue's revocation clock.
 */
@QuarkusTest
class RevocationEvidenceTests {

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    RevocationObligations obligations;

    @Inject
    CaseClock clock;

    @BeforeEach
    void users() {
        caseFiles.user("revreviewer", "reviewer");
        caseFiles.user("revmanager", "manager");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification reviewer() {
        return given().auth().preemptive().basic("revreviewer", "revreviewer-pw");
    }

    private static RequestSpecification manager() {
        return given().auth().preemptive().basic("revmanager", "revmanager-pw");
    }

    /** A CA certificate and leaves it issued (serials given), all PEM. */
    private record Pki(String dn, KeyPair key, byte[] caDer, List<byte[]> leaves) {
        String pem() {
            StringBuilder pem = new StringBuilder(TestPki.toPem(caDer));
            leaves.forEach(l -> pem.append(TestPki.toPem(l)));
            return pem.toString();
        }

        TestCrl crl() {
            return TestPki.crl().issuer(dn, key);
        }
    }

    private static Pki pki(String name, long... serials) {
        String dn = "CN=" + name + ",O=Casebook Revocation Tests,C=US";
        KeyPair key = TestPki.newRsaKey();
        byte[] ca = TestPki.certificate().selfSignedRoot(dn).subjectKey(key).notBefore("2015-01-01T00:00:00Z")
                .notAfter("2030-01-01T00:00:00Z").der();
        List<byte[]> leaves = new java.util.ArrayList<>();
        for (long serial : serials) {
            leaves.add(leaf(dn, key, serial));
        }
        return new Pki(dn, key, ca, leaves);
    }

    private static byte[] leaf(String issuerDn, KeyPair issuerKey, long serial) {
        return TestPki.certificate().issuer(issuerDn).issuerKey(issuerKey).serial(BigInteger.valueOf(serial))
                .dnsNames("s" + serial + ".revocation.example").notBefore("2016-06-01T00:00:00Z").der();
    }

    private static String sha256(byte[] der) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(der));
    }

    private static JsonPath upload(String ca, String issue, byte[] body, String contentType) {
        RequestSpecification request = reviewer().contentType(contentType).body(body);
        if (ca != null) {
            request.queryParam("ca", ca).queryParam("issue", issue);
        }
        return request.post("/api/certificates").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath certificate(byte[] der) throws Exception {
        return given().get("/api/certificates/" + sha256(der)).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void crlBesideCertificatesRevokesByIssuerNameAndKeyWithReasonCodes() throws Exception {
        caseFiles.createCa("revca1", "Revocation Test CA 1");
        Pki pki = pki("Revocation Test CA One", 1001, 1002, 1003);
        // Same issuer name, another key, a serial that the CRL lists: not the CRL's certificate.
        byte[] sameNameOtherKey = leaf(pki.dn(), TestPki.newRsaKey(), 1001);
        upload("revca1", "H", (pki.pem() + TestPki.toPem(sameNameOtherKey)).getBytes(StandardCharsets.US_ASCII), "application/x-pem-file");

        byte[] crl = pki.crl().thisUpdate("2016-12-15T00:00:00Z").nextUpdate("2016-12-22T00:00:00Z")
                .revoked(1001, "2016-11-29T10:00:00Z", 4).revoked(1002, "2016-12-10T00:00:00Z", 1).der();
        String crlPem = "-----BEGIN X509 CRL-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(crl)
                + "\n-----END X509 CRL-----\n";
        JsonPath answer = upload(null, null, crlPem.getBytes(StandardCharsets.US_ASCII), "application/x-pem-file");
        assertEquals(List.of(), answer.getList("certificates"));
        assertEquals(List.of(), answer.getList("rejected"));
        assertEquals(sha256(crl), answer.getString("crls[0].sha256"));
        assertEquals("/crls/" + sha256(crl), answer.getString("crls[0].url"));
        assertEquals(false, answer.getBoolean("crls[0].alreadyOnFile"));

        JsonPath revoked = certificate(pki.leaves().get(0));
        assertEquals("revoked", revoked.getString("revocation.state"));
        assertEquals("2016-11-29T10:00:00Z", revoked.getString("revocation.revokedAt"));
        assertEquals(4, revoked.getInt("revocation.reasonCode"));
        assertEquals("superseded", revoked.getString("revocation.reason"));
        assertEquals("crl", revoked.getString("revocation.source"));
        assertEquals("keyCompromise", certificate(pki.leaves().get(1)).getString("revocation.reason"));
        JsonPath never = certificate(pki.leaves().get(2));
        assertEquals("not-revoked", never.getString("revocation.state"));
        assertEquals("2016-12-15T00:00:00Z", never.getString("revocation.asOf"));
        assertEquals("unknown", certificate(sameNameOtherKey).getString("revocation.state"));

        // Uploading it again stores nothing twice; its page and JSON show the decoded fields.
        assertEquals(true, upload(null, null, crl, "application/pkix-crl").getBoolean("crls[0].alreadyOnFile"));
        given().get("/api/crls/" + sha256(crl)).then().statusCode(200).body("entries", equalTo(2)).body("entriesApplied", equalTo(2))
                .body("thisUpdate", equalTo("2016-12-15T00:00:00Z")).body("crlNumber", equalTo("42")).body("indirect", equalTo(false));
        String page = given().get("/crls/" + sha256(crl)).then().statusCode(200).extract().asString();
        assertTrue(page.contains("03E9"), "the entry serial 1001 (03E9) is listed");
        assertTrue(page.contains("keyCompromise"));
        String certificatePage = given().get("/certificates/" + sha256(pki.leaves().get(0))).then().statusCode(200).extract().asString();
        assertTrue(certificatePage.contains("revoked 2016-11-29T10:00:00Z (superseded)"), "the certificate page shows the revocation");
    }

    @Test
    void theRevocationClockJudgesEveryEvidenceCertificateAndPromises() throws Exception {
        caseFiles.createCa("revca2", "Revocation Test CA 2");
        Pki pki = pki("Revocation Test CA Two", 2001, 2002, 2003);
        byte[] otherIssuer = pki("Revocation Test CA Two Other", 1).leaves().get(0);
        // The CA certificate goes on file, the leaves are the issue's evidence.
        upload(null, null, pki.caDer(), "application/pkix-cert");
        StringBuilder leaves = new StringBuilder(TestPki.toPem(otherIssuer));
        pki.leaves().forEach(l -> leaves.append(TestPki.toPem(l)));
        upload("revca2", "D", leaves.toString().getBytes(StandardCharsets.US_ASCII), "application/x-pem-file");
        byte[] crl = pki.crl().thisUpdate("2016-12-20T00:00:00Z").nextUpdate("2016-12-27T00:00:00Z")
                .revoked(2001, "2016-11-29T10:00:00Z", 4).revoked(2002, "2016-12-10T00:00:00Z", 0).der();
        upload(null, null, crl, "application/pkix-crl");

        // Before the deadline is set: no deadline, no finding, statuses still shown.
        given().get("/api/cas/revca2/issues/D/revocation-clock").then().statusCode(200).body("due", nullValue()).body("findings", hasSize(0));

        JsonPath clockAnswer = manager().contentType("application/json")
                .body("{\"learnedAt\":\"2016-11-28T12:00:00Z\",\"reason\":\"misissuance\",\"promisedBy\":\"2016-12-31\"}")
                .put("/api/cas/revca2/issues/D/revocation-clock").then().statusCode(200).extract().jsonPath();
        // 2016 is before ballot SC6: 24 hours for every reason, misissuance included.
        assertEquals("24 hours", clockAnswer.getString("allowed"));
        assertEquals("2016-11-29T12:00:00Z", clockAnswer.getString("due"));
        Map<String, String> verdicts = new java.util.HashMap<>();
        List<Map<String, Object>> rows = clockAnswer.getList("certificates");
        rows.forEach(r -> verdicts.put((String) r.get("serial"), (String) r.get("verdict")));
        assertEquals("in-time", verdicts.get("07D1"));
        assertEquals("late", verdicts.get("07D2"));
        assertEquals("not-revoked", verdicts.get("07D3"));
        assertEquals("unknown", verdicts.get("01"));
        Map<String, Object> late = rows.stream().filter(r -> r.get("serial").equals("07D2")).findFirst().orElseThrow();
        assertEquals("10 days 12 hours", late.get("lateBy"));
        assertEquals("in-time", late.get("promiseVerdict"), "revoked 2016-12-10, before the promised 31 December");
        assertEquals(1, clockAnswer.getLong("late"));
        assertEquals(1, clockAnswer.getLong("notRevoked"));
        assertEquals(List.of("e_revocation_deadline_missed", "e_revocation_promise_missed"), clockAnswer.getList("findings.code"));
        assertTrue(clockAnswer.getString("findings[0].message").startsWith("2 of 4 evidence certificates: 1 revoked late, 1 not revoked"));

        List<Obligation> owed = obligations.openAt(clock.now()).stream().filter(o -> o.caSlug().equals("revca2")).toList();
        assertEquals(List.of("revocation", "revocation-promise"), owed.stream().map(Obligation::kind).toList());
        assertEquals(java.time.Instant.parse("2016-11-29T12:00:00Z"), owed.get(0).due());
        assertTrue(owed.get(0).overdueAt(clock.now()));

        String issuePage = given().get("/cas/revca2/issues/D").then().statusCode(200).extract().asString();
        assertTrue(issuePage.contains("<th>Revocation</th>"), "the evidence table has a revocation column");
        assertTrue(issuePage.contains("revoked late by 10 days 12 hours"));
        assertTrue(issuePage.contains("e_revocation_deadline_missed"));
        String markdown = given().get("/cas/revca2/issues/D.md").then().statusCode(200).extract().asString();
        assertTrue(markdown.contains("| Findings | Revocation | Note |"));
        // cells are Markdown-escaped: compare with the escaping undone
        assertTrue(markdown.replace("\\", "").contains("revoked 2016-11-29T10:00:00Z (superseded)"));
        assertTrue(markdown.contains("deadline 24 hours"));
    }

    @Test
    void afterBallotSc6MisissuanceHasFiveDaysAndKeyCompromiseTwentyFourHours() {
        java.time.Instant learned = java.time.Instant.parse("2020-03-02T09:00:00Z");
        assertEquals(java.time.Duration.ofDays(5), RevocationDeadlines.of(learned, RevocationReason.MISISSUANCE).orElseThrow().allowed());
        assertEquals(java.time.Duration.ofHours(24), RevocationDeadlines.of(learned, RevocationReason.KEY_COMPROMISE).orElseThrow().allowed());
        assertEquals(java.time.Duration.ofHours(24),
                RevocationDeadlines.of(java.time.Instant.parse("2016-11-28T00:00:00Z"), RevocationReason.MISISSUANCE).orElseThrow().allowed());
        assertTrue(RevocationDeadlines.of(java.time.Instant.parse("2011-05-01T00:00:00Z"), RevocationReason.KEY_COMPROMISE).isEmpty(),
                "no BR deadline before the BRs took effect");
    }

    @Test
    void aCrlSignedByAnotherKeyThanItsIssuersIsRefusedWithAReason() throws Exception {
        Pki pki = pki("Revocation Test CA Three", 3001);
        upload(null, null, pki.pem().getBytes(StandardCharsets.US_ASCII), "application/x-pem-file");
        byte[] forged = TestPki.crl().issuer(pki.dn(), TestPki.newRsaKey()).revoked(3001, "2016-12-01T00:00:00Z", 1).der();
        given().auth().preemptive().basic("revreviewer", "revreviewer-pw").contentType("application/pkix-crl").body(forged)
                .post("/api/certificates").then().statusCode(400)
                .body("detail", containsString("does not verify under the key of any of the 1 certificate(s) on file"));
        given().get("/api/crls/" + sha256(forged)).then().statusCode(404);
        assertEquals("unknown", certificate(pki.leaves().get(0)).getString("revocation.state"));

        // Beside a good certificate, the bad CRL is one rejected item and the certificate is filed.
        byte[] another = leaf(pki.dn(), pki.key(), 3002);
        String mixed = TestPki.toPem(another) + "-----BEGIN X509 CRL-----\n" + java.util.Base64.getMimeEncoder().encodeToString(forged)
                + "\n-----END X509 CRL-----\n";
        JsonPath answer = upload(null, null, mixed.getBytes(StandardCharsets.US_ASCII), "application/x-pem-file");
        assertEquals(1, answer.getList("certificates").size());
        assertEquals(1, answer.getList("rejected").size());
        assertEquals(1, answer.getInt("rejected[0].index"));
        assertTrue(answer.getString("rejected[0].reason").contains("does not verify"));
    }

    @Test
    void deltaCrlsAreRefusedAndAnUnknownIssuerIsNamed() throws Exception {
        Pki pki = pki("Revocation Test CA Four", 4001);
        upload(null, null, pki.pem().getBytes(StandardCharsets.US_ASCII), "application/x-pem-file");
        byte[] delta = pki.crl().extension(Extension.deltaCRLIndicator, true, new org.bouncycastle.asn1.ASN1Integer(41))
                .revoked(4001, "2016-12-01T00:00:00Z", 1).der();
        given().auth().preemptive().basic("revreviewer", "revreviewer-pw").contentType("application/pkix-crl").body(delta)
                .post("/api/certificates").then().statusCode(400).body("detail", containsString("a delta CRL"));
        byte[] stranger = TestPki.crl().issuer("CN=Nobody On File,C=US", TestPki.newRsaKey()).der();
        given().auth().preemptive().basic("revreviewer", "revreviewer-pw").contentType("application/pkix-crl").body(stranger)
                .post("/api/certificates").then().statusCode(400).body("detail", containsString("upload the issuer certificate first"));
        given().auth().preemptive().basic("revreviewer", "revreviewer-pw").contentType("application/pkix-crl")
                .body(java.util.Arrays.copyOf(delta, delta.length / 2))
                .post("/api/certificates").then().statusCode(400);
    }

    @Test
    void anIndirectCrlAppliesOnlyItsIssuersOwnEntries() throws Exception {
        Pki pki = pki("Revocation Test CA Five", 5001, 5002);
        upload(null, null, pki.pem().getBytes(StandardCharsets.US_ASCII), "application/x-pem-file");
        IssuingDistributionPoint idp = new IssuingDistributionPoint(null, false, false, null, true, false);
        byte[] certificateIssuer = new GeneralNames(new GeneralName(new X500Name("CN=Some Other CA,C=US"))).getEncoded(ASN1Encoding.DER);
        byte[] indirect = pki.crl().extension(Extension.issuingDistributionPoint, true, idp.toASN1Primitive())
                .revoked(5001, "2016-12-01T00:00:00Z", 1)
                .revoked(5002, "2016-12-02T00:00:00Z", List.of(new Extension(Extension.certificateIssuer, true, certificateIssuer)))
                .der();
        JsonPath answer = upload(null, null, indirect, "application/pkix-crl");
        assertTrue(answer.getString("crls[0].notes[0]").startsWith("an indirect CRL: 1 of its 2 entries"));
        given().get("/api/crls/" + sha256(indirect)).then().statusCode(200).body("indirect", equalTo(true))
                .body("entries", equalTo(2)).body("entriesApplied", equalTo(1));
        assertEquals("revoked", certificate(pki.leaves().get(0)).getString("revocation.state"));
        // 5002 is listed for another issuer: for its own issuer the CRL says only that it is not revoked.
        assertEquals("not-revoked", certificate(pki.leaves().get(1)).getString("revocation.state"));
    }

    @Test
    void anOcspResponseFromTheIssuerRevokesAndOneFromAnotherKeyIsRefused() throws Exception {
        Pki pki = pki("Revocation Test CA Six", 6001, 6002);
        upload(null, null, pki.pem().getBytes(StandardCharsets.US_ASCII), "application/x-pem-file");
        byte[] response = TestPki.ocspResponse().issuer(pki.caDer(), pki.key()).serial(BigInteger.valueOf(6001))
                .revoked("2016-12-05T08:00:00Z", 1).producedAt("2016-12-06T00:00:00Z").thisUpdate("2016-12-06T00:00:00Z").der();
        JsonPath answer = upload(null, null, response, "application/ocsp-response");
        assertEquals(sha256(response), answer.getString("ocspResponses[0].sha256"));
        JsonPath status = certificate(pki.leaves().get(0));
        assertEquals("revoked", status.getString("revocation.state"));
        assertEquals("ocsp", status.getString("revocation.source"));
        assertEquals("2016-12-05T08:00:00Z", status.getString("revocation.revokedAt"));
        assertEquals("unknown", certificate(pki.leaves().get(1)).getString("revocation.state"), "an OCSP response covers only its serials");
        String page = given().get("/ocsp-responses/" + sha256(response)).then().statusCode(200).extract().asString();
        assertTrue(page.contains("keyCompromise") && page.contains("the issuer's own key"));

        byte[] forged = TestPki.ocspResponse().issuer(pki.caDer(), pki.key()).signedBy(TestPki.newRsaKey())
                .serial(BigInteger.valueOf(6002)).der();
        given().auth().preemptive().basic("revreviewer", "revreviewer-pw").contentType("application/ocsp-response").body(forged)
                .post("/api/certificates").then().statusCode(400).body("detail", containsString("the signature verifies neither"));
    }

    @Test
    void aCertificateOnlyUploadAnswersExactlyAsBefore() {
        byte[] der = TestPki.certificate().dnsNames("plain.revocation.example").der();
        Map<String, Object> answer = reviewer().contentType("application/pkix-cert").body(der).post("/api/certificates")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(java.util.Set.of("certificates", "rejected"), answer.keySet());
    }

    /** Keeps the helper honest: a CRL's first fields tell it from a certificate and from an OCSP response. */
    @Test
    void kindsAreToldApartByTheirOuterFields() {
        assertEquals(RevocationItems.Kind.CRL, RevocationItems.kindOfDer(TestPki.crl().der()));
        assertEquals(RevocationItems.Kind.OCSP_RESPONSE, RevocationItems.kindOfDer(TestPki.ocspResponse().der()));
        assertEquals(null, RevocationItems.kindOfDer(TestPki.certificate().der()));
        assertEquals(null, RevocationItems.kindOfDer(new byte[] {0x30, 0x00}));
    }
}
