package org.casebook.transfer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * Documents made by hand, with every kind of record, imported into an installation that started empty: exported again,
 * each is the document it was. One is a larger case file (a thousand evidence certificates), timed.
 */
@QuarkusTest
@TestProfile(UnseededInstallationProfile.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CaseFileImportTests {

    @Inject
    ObjectMapper mapper;

    @Test
    @org.junit.jupiter.api.Order(1)
    void aNewInstallationStartsEmptyAndTakesEveryKindOfRecord() throws Exception {
        given().get("/api/cas").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
        KeyPair rootKey = TestPki.newRsaKey();
        byte[] root = TestPki.certificate().selfSignedRoot("C=DE,O=Handmade,CN=Handmade Root").subjectKey(rootKey).issuerKey(rootKey)
                .validity("2010-01-01T00:00:00Z", "2030-01-01T00:00:00Z").der();
        byte[] cross = TestPki.certificate().ca().subject("C=DE,O=Handmade,CN=Handmade Root").subjectKey(rootKey)
                .issuer("C=US,O=Other,CN=Other Root").validity("2012-01-01T00:00:00Z", "2022-01-01T00:00:00Z").der();
        byte[] leaf = TestPki.certificate().subject("CN=leaf.handmade.example").dnsNames("leaf.handmade.example")
                .issuer("C=DE,O=Handmade,CN=Handmade Root").issuerKey(rootKey).der();

        ObjectNode document = mapper.createObjectNode().put("format", "casebook-case-file").put("version", 1).put("exportedAt", "2026-12-07T00:00:00Z");
        document.set("ca", ca("handmade", "Handmade CA"));
        document.set("relatedCas", mapper.createArrayNode().add(ca("otherca", "Other CA")));
        document.set("ownership", mapper.createArrayNode().add(mapper.createObjectNode().put("ca", "handmade").put("effectiveOn", "2015-11-01")
                .put("newOwner", "Other CA Ltd").put("newOwnerCa", "otherca").put("share", "100%").put("disclosedOn", "2016-09-19")
                .put("disclosedAs", "equity investment").put("description", "Bought.")));
        ObjectNode issue = mapper.createObjectNode().put("letter", "B").put("title", "Backdated certificates");
        issue.set("aliases", mapper.createArrayNode().add("Issue X"));
        issue.put("status", "confirmed").put("category", "br-violation").put("periodStart", "2016-01").putNull("periodEnd")
                .put("affectedCertificates", 67).put("affectedApproximate", true).put("coveredInIncidentReport", false)
                .put("disclosedInAudit", false).put("body", "Some **Markdown**.\nSecond line.").putNull("assessment");
        issue.set("statements", mapper.createArrayNode().add(mapper.createObjectNode().put("statedOn", "2016-02-01").put("speaker", "The CA")
                .put("kind", "quotation").put("text", "We stopped.").put("sourceUrl", "https://ca.example/statement")));
        issue.set("references", mapper.createArrayNode().add(mapper.createObjectNode().put("kind", "bug").put("title", "Bug 1")
                .put("url", "https://bugzilla.example/1").put("publishedOn", "2016-02")));
        issue.set("credits", mapper.createArrayNode().add(mapper.createObjectNode().put("person", "A. Reviewer").put("contribution", "reported")));
        issue.set("comments", mapper.createArrayNode().add(mapper.createObjectNode().put("author", "reviewer")
                .put("postedAt", "2016-02-02T10:00:00.123456Z").put("text", "Seen in CT.")));
        issue.set("evidence", mapper.createArrayNode().add(mapper.createObjectNode().put("sha256", sha256(leaf)).put("note", "backdated")
                .put("addedBy", "reviewer").put("addedAt", "2016-02-02T10:05:00Z")));
        document.set("issues", mapper.createArrayNode().add(issue).add(plainIssue("D")));
        ObjectNode audit = mapper.createObjectNode().put("auditor", "An Auditor").put("standard", "WebTrust for CAs").put("periodStart", "2015-01-01")
                .put("periodEnd", "2015-12-31").put("statementDate", "2016-03-01").put("opinion", "qualified").put("reported", "Findings.")
                .put("url", "https://auditor.example/report.pdf");
        audit.set("issues", mapper.createArrayNode().add(mapper.createObjectNode().put("letter", "B").put("disclosed", false).put("note", "missed"))
                .add(mapper.createObjectNode().put("letter", "D").put("disclosed", true).putNull("note")));
        document.set("audits", mapper.createArrayNode().add(audit));
        document.set("crossSigns", mapper.createArrayNode().add(mapper.createObjectNode().put("target", "/C=DE/O=Handmade/CN=Handmade Root")
                .put("source", "/C=US/O=Other/CN=Other Root").put("sourceOwner", "Other CA Ltd").put("notAfter", "2022-01-01T00:00:00Z")
                .put("revokedAt", "2017-01-01").put("revocationSource", "according to Other").put("comment", "Cross-signed.")
                .putNull("serialHex").put("certificate", sha256(cross))));
        List<ObjectNode> certificates = new ArrayList<>(List.of(certificate(root, "handmade", "root"), certificate(cross, "otherca", "cross-certificate"),
                certificate(leaf, null, null)));
        certificates.sort(Comparator.comparing(c -> c.path("sha256").asText()));
        document.set("certificates", mapper.createArrayNode().addAll(certificates));

        String sent = mapper.writeValueAsString(document);
        JsonNode report = importDocument(sent);
        assertEquals(2, report.at("/counts/cas/created").asInt(), report.toString());
        assertEquals(3, report.at("/counts/certificates/created").asInt(), report.toString());
        assertEquals(2, report.at("/counts/auditedIssues/created").asInt(), report.toString());
        JsonNode exported = mapper.readTree(given().get("/api/cas/handmade/export").then().statusCode(200).extract().asString());
        ((ObjectNode) exported).put("exportedAt", "2026-12-07T00:00:00Z");
        assertEquals(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(exported));
        assertEquals("B", given().get("/api/cas/handmade/audits").then().extract().path("[0].missedIssues[0]"));
    }

    @Test
    void aThousandEvidenceCertificatesMoveInOneImport() throws Exception {
        int count = 1000;
        ObjectNode document = mapper.createObjectNode().put("format", "casebook-case-file").put("version", 1);
        document.set("ca", ca("bulkca", "Bulk CA"));
        document.set("relatedCas", mapper.createArrayNode());
        document.set("ownership", mapper.createArrayNode());
        ObjectNode issue = plainIssue("H");
        ArrayNode evidence = mapper.createArrayNode();
        List<ObjectNode> certificates = new ArrayList<>();
        KeyPair key = TestPki.rsaKey();
        for (int i = 0; i < count; i++) {
            byte[] der = TestPki.certificate().subject("CN=bulk" + i + ".example").dnsNames("bulk" + i + ".example").subjectKey(key).der();
            evidence.add(mapper.createObjectNode().put("sha256", sha256(der)).put("note", "bulk " + i).put("addedBy", "reviewer")
                    .put("addedAt", java.time.Instant.parse("2016-02-02T10:00:00Z").plusSeconds(i).toString()));
            certificates.add(certificate(der, null, null));
        }
        issue.set("evidence", evidence);
        document.set("issues", mapper.createArrayNode().add(issue));
        document.set("audits", mapper.createArrayNode());
        document.set("crossSigns", mapper.createArrayNode());
        certificates.sort(Comparator.comparing(c -> c.path("sha256").asText()));
        document.set("certificates", mapper.createArrayNode().addAll(certificates));
        String sent = mapper.writeValueAsString(document);

        long started = System.nanoTime();
        JsonNode report = importDocument(sent);
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(count, report.at("/counts/certificates/created").asInt(), report.toString());
        started = System.nanoTime();
        String exported = given().get("/api/cas/bulkca/export").then().statusCode(200).extract().asString();
        long exportMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        JsonNode again = importDocument(exported);
        long againMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(count, again.at("/counts/certificates/unchanged").asInt(), again.toString());
        assertEquals(count, again.at("/counts/evidence/unchanged").asInt(), again.toString());
        System.out.printf("a case file of %d evidence certificates (%d bytes): import %d ms, export %d ms, second import (nothing to do) %d ms%n",
                count, sent.length(), importMillis, exportMillis, againMillis);
        ObjectNode back = (ObjectNode) mapper.readTree(exported);
        back.remove("exportedAt");
        // Compared without printing a megabyte: the same text, so the same fields in the same order.
        org.junit.jupiter.api.Assertions.assertTrue(mapper.writeValueAsString(document).equals(mapper.writeValueAsString(back)),
                "the export of the imported case file is the document imported");
    }

    @Test
    void twoImportsOfTheSameNewCaseFileAtOnceNeverAnswer500OrStoreTwice() throws Exception {
        ObjectNode document = mapper.createObjectNode().put("format", "casebook-case-file").put("version", 1);
        document.set("ca", ca("raceca", "Race CA"));
        document.set("relatedCas", mapper.createArrayNode());
        document.set("ownership", mapper.createArrayNode());
        ObjectNode issue = plainIssue("F");
        byte[] der = TestPki.certificate().subject("CN=race.example").dnsNames("race.example").der();
        issue.set("evidence", mapper.createArrayNode().add(mapper.createObjectNode().put("sha256", sha256(der)).putNull("note")
                .put("addedBy", "reviewer").put("addedAt", "2016-02-02T10:00:00Z")));
        document.set("issues", mapper.createArrayNode().add(issue));
        document.set("audits", mapper.createArrayNode());
        document.set("crossSigns", mapper.createArrayNode());
        document.set("certificates", mapper.createArrayNode().add(certificate(der, null, null)));
        String sent = mapper.writeValueAsString(document);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> given().auth().preemptive().basic("admin", "test-admin-password").contentType(ContentType.JSON)
                        .body(sent).post("/api/import").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            org.junit.jupiter.api.Assertions.assertTrue(statuses.contains(200) && statuses.stream().allMatch(s -> s == 200 || s == 409),
                    statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        JsonNode again = importDocument(sent);
        assertEquals(1, again.at("/counts/issues/unchanged").asInt(), again.toString());
        assertEquals(1, again.at("/counts/evidence/unchanged").asInt(), again.toString());
        assertEquals(1, given().get("/api/cas/raceca/issues/F").then().statusCode(200).extract().<List<?>>path("evidence").size());
    }

    private JsonNode importDocument(String document) {
        return given().auth().preemptive().basic("admin", "test-admin-password").contentType(ContentType.JSON).body(document).post("/api/import")
                .then().statusCode(200).extract().as(JsonNode.class);
    }

    private ObjectNode ca(String slug, String name) {
        return mapper.createObjectNode().put("slug", slug).put("name", name).put("country", "DE").put("timeZone", "Europe/Berlin")
                .put("website", "https://" + slug + ".example").put("description", "About " + name + ".");
    }

    private ObjectNode plainIssue(String letter) {
        ObjectNode issue = mapper.createObjectNode().put("letter", letter).put("title", "Issue " + letter);
        issue.set("aliases", mapper.createArrayNode());
        issue.put("status", "suspected").putNull("category").putNull("periodStart").putNull("periodEnd").putNull("affectedCertificates")
                .put("affectedApproximate", false).put("coveredInIncidentReport", false).put("disclosedInAudit", false)
                .putNull("body").putNull("assessment");
        for (String part : List.of("statements", "references", "credits", "comments", "evidence")) {
            issue.set(part, mapper.createArrayNode());
        }
        return issue;
    }

    private ObjectNode certificate(byte[] der, String ca, String role) throws Exception {
        return mapper.createObjectNode().put("sha256", sha256(der)).put("der", Base64.getEncoder().encodeToString(der)).put("ca", ca)
                .put("caRole", role).put("storedAt", "2016-02-02T10:05:00Z").put("storedBy", "reviewer");
    }

    private static String sha256(byte[] der) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }
}
