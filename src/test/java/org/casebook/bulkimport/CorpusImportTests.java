package org.casebook.bulkimport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.analysis.CertificateParser;
import org.casebook.bulkimport.service.CorpusImports;
import org.casebook.evidence.CaCertificateRole;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.storage.JobLock;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk corpus imports (issue 15): each format, rejected items, re-imports, refusals, and a job resumed after a restart. */
@QuarkusTest
class CorpusImportTests {

    static final String CA = "importca";
    private static final String ISSUER = "C=CN,O=Import Test CA,CN=Import Test Issuing CA";

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CorpusImports imports;

    @Inject
    CertificateLints lints;

    @Inject
    JobLock locks;

    private static int counter;

    @BeforeEach
    void caAndUser() {
        caseFiles.ensureCa(CA, "Import CA");
        caseFiles.user("importer", "reviewer");
    }

    /** Leaves with distinct names (and random serials), as a CA issues them. */
    static List<byte[]> leaves(int count, String label) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = label + "-" + (++counter) + ".import.example";
            out.add(TestPki.certificate().issuer(ISSUER).subject("CN=" + name).dnsNames(name)
                    .notBefore("2016-0" + (1 + i % 9) + "-1" + (i % 10) + "T08:00:00Z").der());
        }
        return out;
    }

    static String pem(List<byte[]> ders) {
        StringBuilder out = new StringBuilder();
        for (byte[] der : ders) {
            out.append("-----BEGIN CERTIFICATE-----\n").append(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return out.toString();
    }

    static String sha256(byte[] der) {
        try {
            return CertificateParser.parseLenient(der).sha256Hex();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response post(byte[] body, String contentType) {
        return given().auth().preemptive().basic("importer", "importer-pw").contentType(contentType).body(body).post("/api/cas/" + CA + "/corpus");
    }

    /** Posts a corpus and waits for its job to end; the job as GET /api/jobs/{id} shows it. */
    static JsonPath imported(byte[] body, String contentType) {
        Response started = post(body, contentType);
        assertEquals(202, started.statusCode(), started.asString());
        long job = started.jsonPath().getLong("job");
        return awaitEnd(job);
    }

    static JsonPath awaitEnd(long job) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath status = given().auth().preemptive().basic("importer", "importer-pw").get("/api/jobs/" + job).then().statusCode(200)
                    .extract().jsonPath();
            if (!"running".equals(status.getString("state")) || System.currentTimeMillis() > until) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Optional<StoredCertificate> stored(String sha256) {
        return QuarkusTransaction.requiringNew().call(() -> StoredCertificate.findBySha256(sha256).map(c -> {
            c.findings.size();
            if (c.ca != null) {
                c.ca.slug.length();
            }
            return c;
        }));
    }

    @Test
    void pemStreamIsStoredLintedAndIndexed() {
        List<byte[]> certificates = leaves(3, "pem");
        String body = "Certificates of the Import CA, as exported\n" + pem(certificates) + "trailing notes\n";
        JsonPath job = imported(body.getBytes(StandardCharsets.US_ASCII), "application/x-pem-file");
        assertEquals("done", job.getString("state"));
        assertEquals(3, job.getLong("total"));
        assertEquals(3, job.getLong("done"));
        assertEquals(3, job.getLong("stored"));
        assertEquals(0, job.getLong("rejected"));
        assertNotNull(job.getString("finishedAt"));
        for (byte[] der : certificates) {
            StoredCertificate certificate = stored(sha256(der)).orElseThrow();
            // The per-certificate findings an upload gives, made by the current lint set.
            assertEquals(lints.fingerprint(), certificate.lintSetVersion);
            List<String> expected;
            try {
                expected = lints.findings(CertificateParser.parseLenient(der)).stream().map(f -> f.code).toList();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertEquals(expected, certificate.findings.stream().map(f -> f.code).toList());
            assertNotNull(certificate.corpusVersion, "corpus findings computed on arrival");
            assertEquals("importer", certificate.storedBy);
        }
        // The search index has their names.
        String name = certificateName(certificates.get(1));
        given().queryParam("q", name).get("/api/search").then().statusCode(200)
                .body("certificates.sha256", org.hamcrest.Matchers.hasItem(sha256(certificates.get(1))));
    }

    private static String certificateName(byte[] der) {
        try {
            return CertificateParser.parseLenient(der).dnsNames().get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jsonLinesOfBase64DerAreStored() {
        List<byte[]> certificates = leaves(3, "jsonl");
        String lines = "{\"der\":\"" + Base64.getEncoder().encodeToString(certificates.get(0)) + "\"}\n"
                + "\n"
                + "{\"leaf_input\":\"" + Base64.getEncoder().encodeToString(ctX509Leaf(certificates.get(1))) + "\",\"extra_data\":\"AAAA\"}\n"
                + "\"" + Base64.getEncoder().encodeToString(certificates.get(2)) + "\"\n";
        JsonPath job = imported(lines.getBytes(StandardCharsets.US_ASCII), "application/x-ndjson");
        assertEquals("done", job.getString("state"));
        assertEquals(3, job.getLong("total"));
        assertEquals(3, job.getLong("stored"));
        assertEquals(0, job.getLong("rejected"));
        certificates.forEach(der -> assertTrue(stored(sha256(der)).isPresent()));
    }

    /** An RFC 6962 MerkleTreeLeaf holding an x509_entry. */
    static byte[] ctX509Leaf(byte[] der) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(0);
        for (int i = 0; i < 8; i++) {
            out.write(i == 7 ? 1 : 0);
        }
        out.write(0);
        out.write(0);
        out.write(der.length >> 16);
        out.write(der.length >> 8);
        out.write(der.length);
        out.writeBytes(der);
        out.write(0);
        out.write(0);
        return out.toByteArray();
    }

    @Test
    void zipOfPemJsonLinesAndDerFilesIsStoredAndTheCaCertificateFiledAsTheCas() throws IOException {
        KeyPair intermediateKey = TestPki.newRsaKey();
        String intermediateName = "C=CN,O=Import Test CA,CN=Import Zip Intermediate " + (++counter);
        byte[] intermediate = TestPki.certificate().ca().subject(intermediateName).subjectKey(intermediateKey).der();
        List<byte[]> issued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "zip-" + (++counter) + ".import.example";
            issued.add(TestPki.certificate().issuer(intermediateName).issuerKey(intermediateKey).subject("CN=" + name).dnsNames(name).der());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("chain/intermediate.der"));
            zip.write(intermediate);
            zip.putNextEntry(new ZipEntry("leaves.pem"));
            zip.write(pem(issued.subList(0, 2)).getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("more.jsonl"));
            zip.write(("{\"cert\":\"" + Base64.getEncoder().encodeToString(issued.get(2)) + "\"}\n").getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write("These are the CA's certificates.\n".getBytes(StandardCharsets.US_ASCII));
        }
        JsonPath job = imported(bytes.toByteArray(), "application/zip");
        assertEquals("done", job.getString("state"));
        assertEquals(5, job.getLong("total"));
        assertEquals(4, job.getLong("stored"));
        assertEquals(1, job.getLong("rejected"));
        assertEquals(5, job.getLong("rejections[0].item"));
        assertTrue(job.getString("rejections[0].reason").contains("README.txt"), job.getString("rejections[0].reason"));
        StoredCertificate ca = stored(sha256(intermediate)).orElseThrow();
        assertEquals(CA, ca.ca.slug);
        assertEquals(CaCertificateRole.INTERMEDIATE, ca.caRole);
        // Its leaves are in the CA's corpus report, under it as their issuer.
        String cn = intermediateName.substring(intermediateName.lastIndexOf("CN=") + 3);
        JsonPath report = given().get("/api/cas/" + CA + "/corpus").then().statusCode(200).extract().jsonPath();
        assertEquals(3, report.getInt("issuers.find { it.issuer.contains('" + cn + "') }.certificates"), report.prettify());
    }

    @Test
    void aMalformedItemIsRejectedWithItsNumberAndReasonAndTheRestAreStored() {
        List<byte[]> certificates = leaves(2, "malformed");
        String body = pem(List.of(certificates.get(0)))
                + "-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAKHHIG...notbase64!!\n-----END CERTIFICATE-----\n"
                + "-----BEGIN CERTIFICATE-----\n" + Base64.getEncoder().encodeToString("not a certificate at all".getBytes()) + "\n-----END CERTIFICATE-----\n"
                + pem(List.of(certificates.get(1)));
        JsonPath job = imported(body.getBytes(StandardCharsets.US_ASCII), "text/plain");
        assertEquals("done", job.getString("state"));
        assertEquals(4, job.getLong("total"));
        assertEquals(2, job.getLong("stored"));
        assertEquals(2, job.getLong("rejected"));
        assertEquals(2, job.getLong("rejections[0].item"));
        assertTrue(job.getString("rejections[0].reason").matches("line \\d+: not a certificate: invalid base64.*"), job.getString("rejections[0].reason"));
        assertEquals(3, job.getLong("rejections[1].item"));
        assertTrue(job.getString("rejections[1].reason").startsWith("line "), job.getString("rejections[1].reason"));
        certificates.forEach(der -> assertTrue(stored(sha256(der)).isPresent()));
    }

    @Test
    void theSameCorpusImportedAgainStoresNothingNew() {
        byte[] body = pem(leaves(4, "again")).getBytes(StandardCharsets.US_ASCII);
        assertEquals(4, imported(body, "text/plain").getLong("stored"));
        long before = caseFiles.certificateCount();
        JsonPath second = imported(body, "text/plain");
        assertEquals("done", second.getString("state"));
        assertEquals(0, second.getLong("stored"));
        assertEquals(4, second.getLong("alreadyOnFile"));
        assertEquals(before, caseFiles.certificateCount());
    }

    @Test
    void garbageOrAnEmptyBodyIsA400AndLeavesNothingBehind() throws IOException {
        // Jobs other tests started may still be storing: counted from when none runs.
        long until = System.currentTimeMillis() + 60_000;
        while (QuarkusTransaction.requiringNew().call(() -> ImportJob.count("state", ImportJob.RUNNING)) > 0 && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        long jobs = jobCount();
        long certificates = caseFiles.certificateCount();
        java.util.Set<Path> spooled = spooledFiles();
        post("This is a letter, not a corpus.\n".getBytes(StandardCharsets.US_ASCII), "text/plain").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("not a corpus"));
        post(new byte[0], "text/plain").then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("empty"));
        post("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".getBytes(StandardCharsets.US_ASCII), "text/plain").then()
                .statusCode(400).body("detail", org.hamcrest.Matchers.containsString("PRIVATE KEY"));
        post("{\"der\": \"%%%\"}\n".getBytes(StandardCharsets.US_ASCII), "application/x-ndjson").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("item 1 (line 1)"));
        assertEquals(jobs, jobCount());
        assertEquals(certificates, caseFiles.certificateCount());
        java.util.Set<Path> left = spooledFiles();
        left.removeAll(spooled);
        assertEquals(java.util.Set.of(), left, "a refused upload leaves no spool file (a finished job may remove its own meanwhile)");
    }

    /** The HTTP layer lets a corpus of any size through to its route; every other route keeps the ordinary 16 MiB limit. */
    @Test
    void onlyTheCorpusRoutesTakeBodiesOverTheOrdinaryLimit() {
        byte[] big = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        post(big, "text/plain").then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("not a corpus"));
        given().auth().preemptive().basic("importer", "importer-pw").contentType("text/plain").body(big).post("/api/certificates").then()
                .statusCode(413).body("error", org.hamcrest.Matchers.equalTo("request too large"));
    }

    @Test
    void anUnknownJobIs404() {
        given().auth().preemptive().basic("importer", "importer-pw").get("/api/jobs/987654321").then().statusCode(404);
    }

    @Test
    void anUnknownCaIs404() {
        given().auth().preemptive().basic("importer", "importer-pw").contentType("text/plain").body(pem(leaves(1, "nosuch")))
                .post("/api/cas/no-such-ca/corpus").then().statusCode(404);
    }

    private static long jobCount() {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.count());
    }

    private static java.util.Set<Path> spooledFiles() throws IOException {
        Path directory = Path.of("target/corpus-imports");
        if (!Files.isDirectory(directory)) {
            return new java.util.HashSet<>();
        }
        try (var files = Files.list(directory)) {
            return files.collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        }
    }

    /**
     * A restart mid-job: the worker stops after one committed batch (the job stays running, its row at item 10), another
     * upload files one of the later certificates meanwhile, and the job is resumed: every certificate is on file once.
     */
    @Test
    void aJobResumedAfterARestartStoresEveryCertificateExactlyOnce() {
        List<byte[]> certificates = leaves(25, "resume");
        ImportJob job = imports.spool(CA, new ByteArrayInputStream(pem(certificates).getBytes(StandardCharsets.US_ASCII)), "importer");
        assertTrue(imports.work(job.id, 10, 1));
        ImportJob halfway = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(job.id));
        assertEquals(ImportJob.RUNNING, halfway.state);
        assertEquals(10, halfway.consumed);
        assertEquals(10, halfway.stored);
        given().auth().preemptive().basic("importer", "importer-pw").contentType("application/pkix-cert").body(certificates.get(17))
                .post("/api/certificates").then().statusCode(200);

        // Another instance holding the job leaves it alone.
        try (JobLock.Held other = locks.tryLock("corpus-import-" + job.id).orElseThrow()) {
            assertFalse(imports.resume(job.id));
        }
        assertTrue(imports.resume(job.id));
        JsonPath done = awaitEnd(job.id);
        assertEquals("done", done.getString("state"));
        assertEquals(25, done.getLong("done"));
        assertEquals(24, done.getLong("stored"));
        assertEquals(1, done.getLong("alreadyOnFile"));
        assertEquals(1, done.getInt("resumptions"));
        List<String> sha256s = certificates.stream().map(CorpusImportTests::sha256).toList();
        long rows = QuarkusTransaction.requiringNew().call(() -> StoredCertificate.count("sha256 in ?1", sha256s));
        assertEquals(25, rows);
        assertFalse(Files.exists(Path.of(job.spoolFile)), "the spooled upload is removed when the job is done");
    }

    /** A person stops a job part way: what it committed stays, nothing more is stored, and its upload is deleted. */
    @Test
    void aCancelledJobKeepsWhatItStoredAndStoresNothingMore() {
        List<byte[]> certificates = leaves(25, "cancel");
        ImportJob job = imports.spool(CA, new ByteArrayInputStream(pem(certificates).getBytes(StandardCharsets.US_ASCII)), "importer");
        assertTrue(imports.work(job.id, 10, 1));
        given().post("/api/jobs/" + job.id + "/cancel").then().statusCode(401);
        JsonPath cancelled = given().auth().preemptive().basic("importer", "importer-pw").post("/api/jobs/" + job.id + "/cancel")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("cancelled", cancelled.getString("state"));
        assertEquals(10, cancelled.getLong("stored"));
        assertEquals("cancelled by importer", cancelled.getString("failure"));
        assertFalse(Files.exists(Path.of(job.spoolFile)), "the rest of the upload is dropped");

        assertTrue(imports.resume(job.id));
        JsonPath after = given().auth().preemptive().basic("importer", "importer-pw").get("/api/jobs/" + job.id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("cancelled", after.getString("state"));
        assertEquals(10, after.getLong("done"));
        List<String> sha256s = certificates.stream().map(CorpusImportTests::sha256).toList();
        assertEquals(10, QuarkusTransaction.requiringNew().call(() -> StoredCertificate.count("sha256 in ?1", sha256s)));

        given().auth().preemptive().basic("importer", "importer-pw").post("/api/jobs/" + job.id + "/cancel").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("has ended (cancelled)"));
        given().auth().preemptive().basic("importer", "importer-pw").post("/api/jobs/987654321/cancel").then().statusCode(404);
    }

    /** The job page's button cancels a running job; an ended job's page has none. */
    @Test
    void theJobPageCancelsARunningJob() {
        ImportJob job = imports.spool(CA, new ByteArrayInputStream(pem(leaves(3, "pagecancel")).getBytes(StandardCharsets.US_ASCII)), "importer");
        org.casebook.support.FormSession importer = org.casebook.support.FormSession.signIn("importer", "importer-pw");
        org.jsoup.nodes.Document running = org.jsoup.Jsoup.parse(importer.get("/jobs/" + job.id).then().statusCode(200).extract().asString());
        assertEquals("/jobs/" + job.id + "/cancel", running.select("form#job-cancel").attr("action"));
        importer.postWithoutToken("/jobs/" + job.id + "/cancel", java.util.Map.of()).then().statusCode(400);
        importer.post("/jobs/" + job.id + "/cancel", java.util.Map.of()).then().statusCode(303).header("Location",
                org.hamcrest.Matchers.endsWith("/jobs/" + job.id));
        org.jsoup.nodes.Document ended = org.jsoup.Jsoup.parse(importer.get("/jobs/" + job.id).then().statusCode(200).extract().asString());
        assertTrue(ended.select("form#job-cancel").isEmpty());
        assertEquals("This import was cancelled by importer.", ended.select("#job-cancelled").text());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(job.id).stored));
    }
}
