package org.casebook.transfer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.casebook.evidence.service.CorpusRefresh;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seeded WoSign case, with evidence, notes and a comment added, exported, the installation emptied, the document
 * imported, exported again: the same document. Importing it again changes nothing; broken documents are refused and
 * change nothing.
 */
@QuarkusTest
@TestProfile(EmptyInstallationProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseFileTransferTests {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    /** Every table of a case file, children first. */
    private static final List<String> CASE_FILE_TABLES = List.of("statement_commitment", "issue_claim", "revocation_clock", "crl_entry", "stored_crl_finding", "stored_crl",
            "ocsp_entry", "stored_ocsp_response_finding", "stored_ocsp_response", "ccadb_audit", "ccadb_certificate", "certificate_name", "issuer_name_word",
            "incident_question", "incident_report", "evidence_link", "audited_issue", "issue_comment", "ca_statement",
            "issue_reference", "issue_credit", "issue_alias", "cross_sign", "ownership_event", "audit_statement", "issue",
            "certificate_finding", "certificate_sct", "certificate_corpus_finding", "corpus_notafter_day", "corpus_notafter_group",
            "corpus_issuer_serials", "certificate", "certification_authority");

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    EntityManager em;

    @Inject
    CorpusRefresh corpusRefresh;

    @Inject
    ObjectMapper mapper;

    @Test
    @Order(1)
    void exportImportIntoAnEmptyInstallationAndExportAgainGiveTheSameDocument() throws Exception {
        caseFiles.user("transferreviewer", "reviewer");
        byte[] leaf = TestPki.certificate().subject("CN=transfer.example").dnsNames("transfer.example").sha1()
                .validity("2016-03-01T00:00:00Z", "2017-03-01T00:00:00Z").der();
        given().auth().preemptive().basic("transferreviewer", "transferreviewer-pw").contentType("application/pkix-cert").body(leaf)
                .queryParam("ca", "wosign").queryParam("issue", "S").queryParam("note", "SHA-1, issued after the deadline")
                .post("/api/certificates").then().statusCode(200);
        given().auth().preemptive().basic("transferreviewer", "transferreviewer-pw").contentType(ContentType.JSON)
                .body("{\"text\":\"Seen in CT as well.\"}").post("/api/cas/wosign/issues/S/comments").then().statusCode(201);

        long started = System.nanoTime();
        Response exported = given().get("/api/cas/wosign/export");
        long exportMillis = (System.nanoTime() - started) / 1_000_000;
        exported.then().statusCode(200).contentType(ContentType.JSON);
        String first = exported.asString();
        JsonNode document = mapper.readTree(first);
        assertEquals("casebook-case-file", document.path("format").asText());
        assertEquals(1, document.path("version").asInt());
        assertEquals(13, document.path("issues").size());
        assertEquals(4, document.path("crossSigns").size());
        assertTrue(document.path("certificates").size() > 10, "the CA's own certificates and the evidence");
        assertTrue(first.contains("SHA-1, issued after the deadline") && first.contains("Seen in CT as well."));
        System.out.printf("export of the seeded WoSign case: %d bytes, %d certificates, %d ms%n", first.length(),
                document.path("certificates").size(), exportMillis);

        empty();
        given().get("/api/cas/wosign").then().statusCode(404);
        assertEquals(0L, count("certificate"));

        started = System.nanoTime();
        JsonNode report = importDocument(first).then().statusCode(200).extract().as(JsonNode.class);
        System.out.printf("import into an empty installation: %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, report);
        assertEquals(13, report.at("/counts/issues/created").asInt());
        assertEquals(document.path("certificates").size(), report.at("/counts/certificates/created").asInt());
        assertEquals(1 + document.path("relatedCas").size(), report.at("/counts/cas/created").asInt());
        assertEquals(0, report.path("differences").size());

        String second = given().get("/api/cas/wosign/export").then().statusCode(200).extract().asString();
        assertEquals(withoutExportTime(first), withoutExportTime(second));

        // Imported certificates took the upload path: linted and corpus-checked as they were stored.
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(c) from StoredCertificate c where c.lintSetVersion is null or c.corpusVersion is null").getSingleResult()));
        String sha256 = sha256Of(leaf);
        List<String> codes = given().get("/api/certificates/" + sha256).then().statusCode(200).extract().path("findings.code");
        assertTrue(codes.stream().anyMatch(code -> code.contains("sha1")), codes.toString());
    }

    @Test
    @Order(2)
    void importingTheSameDocumentAgainChangesNothing() throws Exception {
        String before = given().get("/api/cas/wosign/export").then().statusCode(200).extract().asString();
        Map<String, Long> rows = rowCounts();
        JsonNode report = importDocument(before).then().statusCode(200).extract().as(JsonNode.class);
        report.path("counts").fields().forEachRemaining(kind -> {
            assertEquals(0, kind.getValue().path("created").asInt(), kind.getKey() + " " + report);
            assertEquals(0, kind.getValue().path("differing").asInt(), kind.getKey() + " " + report);
        });
        assertEquals(13, report.at("/counts/issues/unchanged").asInt());
        assertEquals(rows, rowCounts());
        assertEquals(withoutExportTime(before), withoutExportTime(given().get("/api/cas/wosign/export").then().extract().asString()));
    }

    @Test
    @Order(3)
    void aChangedRecordHereIsKeptAndNamed() throws Exception {
        String document = given().get("/api/cas/wosign/export").then().statusCode(200).extract().asString();
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON).body("{\"title\":\"Retitled here\"}")
                .patch("/api/cas/wosign/issues/H").then().statusCode(200);
        JsonNode report = importDocument(document).then().statusCode(200).extract().as(JsonNode.class);
        assertEquals(1, report.at("/counts/issues/differing").asInt(), report.toString());
        assertEquals("issues", report.at("/differences/0/kind").asText());
        assertEquals("wosign/H", report.at("/differences/0/key").asText());
        assertEquals("Retitled here", given().get("/api/cas/wosign/issues/H").then().extract().path("title"));
    }

    @Test
    @Order(4)
    void brokenDocumentsAreRefusedAndChangeNothing() throws Exception {
        ObjectNode good = (ObjectNode) mapper.readTree(given().get("/api/cas/wosign/export").then().statusCode(200).extract().asString());
        // A new CA's slug, so that a document that got through would create something.
        good.with("ca").put("slug", "wosign-copy");
        for (JsonNode certificate : good.path("certificates")) {
            if ("wosign".equals(certificate.path("ca").asText())) {
                ((ObjectNode) certificate).put("ca", "wosign-copy");
            }
        }
        for (JsonNode event : good.path("ownership")) {
            for (String field : List.of("ca", "newOwnerCa")) {
                if ("wosign".equals(event.path(field).asText())) {
                    ((ObjectNode) event).put(field, "wosign-copy");
                }
            }
        }
        Map<String, Long> rows = rowCounts();
        Map<String, Consumer<ObjectNode>> breakages = new LinkedHashMap<>();
        breakages.put("version: this installation reads casebook-case-file version 1; the document is version 2", d -> d.put("version", 2));
        breakages.put("format: must be \"casebook-case-file\"", d -> d.put("format", "something-else"));
        breakages.put("version: must be a whole number; the field is missing", d -> d.remove("version"));
        breakages.put("issues[1].status: 'mostly-fine' is not one of", d -> ((ObjectNode) d.path("issues").get(1)).put("status", "mostly-fine"));
        breakages.put("issues[2].title: must not be blank", d -> ((ObjectNode) d.path("issues").get(2)).remove("title"));
        breakages.put("certificates[0].der: not base64", d -> ((ObjectNode) d.path("certificates").get(0)).put("der", "%%% not base64 %%%"));
        breakages.put("certificates[1].der: ", d -> ((ObjectNode) d.path("certificates").get(1)).put("der", "MIIBAAECAwQ="));
        breakages.put("certificates[2].sha256: the DER's SHA-256 is", d -> ((ObjectNode) d.path("certificates").get(2))
                .put("der", d.path("certificates").get(3).path("der").asText()));
        breakages.put("no certificate " + "0".repeat(64) + " in the document's certificates", d -> ((ObjectNode) d.path("crossSigns").get(0))
                .put("certificate", "0".repeat(64)));
        breakages.put("audits[0].issues[0].letter: no issue ZZ in the document", d -> ((ObjectNode) d.path("audits").get(0).path("issues").get(0))
                .put("letter", "ZZ"));
        breakages.put("ownership[0].newOwnerCa: no CA 'nobody' in the document", d -> ((ObjectNode) d.path("ownership").get(0))
                .put("newOwnerCa", "nobody"));
        breakages.put("issues[0].comments[0].postedAt: 'yesterday' is not a UTC time", d -> ((ArrayNode) d.path("issues").get(0).path("comments"))
                .add(mapper.createObjectNode().put("author", "x").put("postedAt", "yesterday").put("text", "y")));
        breakages.put("certificates[0].caRole: 'leaf' is not one of", d -> ((ObjectNode) d.path("certificates").get(0)).put("caRole", "leaf"));
        for (Map.Entry<String, Consumer<ObjectNode>> breakage : breakages.entrySet()) {
            ObjectNode broken = good.deepCopy();
            breakage.getValue().accept(broken);
            Response answer = importDocument(mapper.writeValueAsString(broken));
            assertEquals(400, answer.statusCode(), breakage.getKey() + ": " + answer.asString());
            String detail = answer.path("detail");
            assertTrue(detail.contains(breakage.getKey()), "expected '" + breakage.getKey() + "' in: " + detail);
            assertEquals("invalid case file", answer.path("error"));
        }
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON).body("[1,2]").post("/api/import")
                .then().statusCode(400);
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON).body("{\"format\":").post("/api/import")
                .then().statusCode(400);
        assertEquals(rows, rowCounts());
        given().get("/api/cas/wosign-copy").then().statusCode(404);

        // The unbroken copy goes through: a second CA with the same certificates, which are not stored twice.
        JsonNode report = importDocument(mapper.writeValueAsString(good)).then().statusCode(200).extract().as(JsonNode.class);
        assertEquals(13, report.at("/counts/issues/created").asInt());
        assertEquals(0, report.at("/counts/certificates/created").asInt());
        assertEquals(rows.get("certificate"), count("certificate"));
    }

    @Test
    @Order(5)
    void onlyAdminsImport() {
        caseFiles.user("transfermanager", "manager");
        given().contentType(ContentType.JSON).body("{}").post("/api/import").then().statusCode(401);
        given().auth().preemptive().basic("transfermanager", "transfermanager-pw").contentType(ContentType.JSON).body("{}")
                .post("/api/import").then().statusCode(403);
        given().get("/api/cas/nosuchca/export").then().statusCode(404).body("error", org.hamcrest.Matchers.notNullValue());
    }

    private Response importDocument(String document) {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON).body(document).post("/api/import");
    }

    private String withoutExportTime(String document) throws Exception {
        ObjectNode node = (ObjectNode) mapper.readTree(document);
        assertFalse(node.path("exportedAt").isMissingNode());
        node.remove("exportedAt");
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** Deletes every case file and certificate: the installation as a fresh one, with its users. */
    private void empty() throws InterruptedException {
        assertTrue(corpusRefresh.awaitQuiet(60_000), "the corpus refresh settles");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : CASE_FILE_TABLES) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : CASE_FILE_TABLES) {
            rows.put(table, count(table));
        }
        return rows;
    }

    private static String sha256Of(byte[] der) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(der));
    }
}
