package org.casebook.ccadb;

import static io.restassured.RestAssured.given;
import static org.casebook.ccadb.CcadbReports.ALL_CERTIFICATE_RECORDS;
import static org.casebook.ccadb.CcadbReports.INCLUDED_ROOTS;
import static org.casebook.ccadb.CcadbReports.csv;
import static org.casebook.ccadb.CcadbReports.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.analysis.CertificateView;
import org.casebook.testpki.TestPki;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The CCADB reports through the API: first import, the same file again, a newer file, header and row errors, included roots. */
@QuarkusTest
class CcadbImportTests {

    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String SKI = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});

    static String sha(int n) {
        return String.format(Locale.ROOT, "%064X", n);
    }

    static JsonPath post(String report, byte[] body, int status) {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("text/csv").body(body)
                .post("/api/ccadb/" + report).then().statusCode(status).extract().jsonPath();
    }

    static JsonPath post(String report, String body) {
        return post(report, body.getBytes(StandardCharsets.UTF_8), 200);
    }

    /** Root, two intermediates sharing the root's audits, one whose parent is not in the report. */
    private static List<Map<String, String>> alphaRows(String owner, String prefix, String rootSha) {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> root = row("CA Owner", owner, "Salesforce Record ID", prefix + "R", "Certificate Name", owner + ", Root CA",
                "Certificate Record Type", "Root Certificate", "Mozilla Status", "Included", "Chrome Status", "Included",
                "Apple Status", "Included", "Microsoft Status", "Included", "Revocation Status", "Not Revoked",
                "SHA-256 Fingerprint", rootSha, "Valid From (GMT)", "2015.01.01", "Valid To (GMT)", "2040.01.01",
                "Subject Key Identifier", SKI, "Derived Trust Bits", "Server Authentication;Secure Email", "Auditor", "Audit Firm LLP",
                "Audits Same as Parent?", "false", "Country", "Germany",
                "Standard Audit URL", "https://audits.example/" + prefix + "/standard.pdf", "Standard Audit Type", "WebTrust",
                "Standard Audit Statement Date", "2024.03.01", "Standard Audit Period Start Date", "2023.01.01",
                "Standard Audit Period End Date", "2023.12.31",
                "TLS BR Audit URL", "https://audits.example/" + prefix + "/br.pdf", "TLS BR Audit Type", "WebTrust",
                "TLS BR Audit Statement Date", "2024.03.01", "TLS BR Audit Period Start Date", "2023.01.01",
                "TLS BR Audit Period End Date", "2023.12.31",
                "Certificate Policy (CP) URL", "https://ca.example/" + prefix + "/cp.pdf");
        rows.add(root);
        rows.add(row("CA Owner", owner, "Salesforce Record ID", prefix + "I1", "Certificate Name", owner + " TLS Issuing CA 1",
                "Parent Salesforce Record ID", prefix + "R", "Parent Certificate Name", owner + ", Root CA",
                "Certificate Record Type", "Intermediate Certificate", "Revocation Status", "Not Revoked", "Mozilla Status", "Provided by CA",
                "SHA-256 Fingerprint", sha(0x100 + prefix.hashCode() & 0xfffff), "Parent SHA-256 Fingerprint", rootSha,
                "Valid From (GMT)", "2016.01.01", "Valid To (GMT)", "2030.01.01", "Technically Constrained", "false",
                "Audits Same as Parent?", "true", "Country", "Germany",
                "JSON Array of Partitioned CRLs", "[\"http://crl.example/1.crl\",\n\"http://crl.example/2.crl\"]"));
        // Its audit columns repeat the root's statement: still one statement of the CA.
        Map<String, String> second = new java.util.LinkedHashMap<>(root);
        second.putAll(row("Salesforce Record ID", prefix + "I2", "Certificate Name", owner + " TLS Issuing CA 2",
                "Parent Salesforce Record ID", prefix + "R", "Parent Certificate Name", owner + ", Root CA", "Certificate Record Type",
                "Intermediate Certificate", "SHA-256 Fingerprint", sha(0x200 + prefix.hashCode() & 0xfffff), "Subject Key Identifier", ""));
        rows.add(second);
        rows.add(row("CA Owner", owner, "Salesforce Record ID", prefix + "I3", "Certificate Name", owner + " Orphan CA",
                "Parent Salesforce Record ID", prefix + "GONE", "Parent Certificate Name", "A Root Not In The Report",
                "Certificate Record Type", "Intermediate Certificate", "Revocation Status", "Not Revoked",
                "SHA-256 Fingerprint", sha(0x300 + prefix.hashCode() & 0xfffff), "Valid From (GMT)", "2017.01.01", "Valid To (GMT)", "2027.01.01",
                "Audits Same as Parent?", "true"));
        return rows;
    }

    @Test
    void firstImportFilesTheHierarchyAuditsOnceAndTheSameFileTwiceChangesNothing() {
        CertificateView rootCertificate = TestPki.certificate().selfSignedRoot("C=DE,O=Ccadb Alpha,CN=Ccadb Alpha Root")
                .subjectKey(TestPki.rsaKey()).validity("2015-01-01T00:00:00Z", "2040-01-01T00:00:00Z").view();
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/x-pem-file").body(pem(rootCertificate).getBytes(StandardCharsets.US_ASCII))
                .post("/api/certificates").then().statusCode(200);
        String rootSha = rootCertificate.sha256Hex().toUpperCase(Locale.ROOT);
        List<Map<String, String>> rows = alphaRows("Ccadb Alpha GmbH", "A1", rootSha);
        rows.add(2, row());  // an empty row: skipped, but it keeps its row number
        rows.add(row("CA Owner", "Ccadb Alpha GmbH", "Salesforce Record ID", "A1BAD", "Certificate Name", "Broken",
                "Certificate Record Type", "Intermediate Certificate", "Parent Salesforce Record ID", "A1R", "Revocation Status", "Not Revoked",
                "SHA-256 Fingerprint", "not-a-fingerprint", "Valid From (GMT)", "2017.01.01", "Valid To (GMT)", "2027.01.01"));
        byte[] body = ("\uFEFF" + csv(ALL_CERTIFICATE_RECORDS, rows)).getBytes(StandardCharsets.UTF_8);

        JsonPath first = post("all-certificate-records", body, 200);
        assertEquals(1, first.getInt("cas.created"), first.prettify());
        assertEquals(4, first.getInt("certificates.created"), first.prettify());
        assertEquals(2, first.getInt("audits.created"), "the root's two statements, not again for the intermediate repeating them: " + first.prettify());
        assertEquals(List.of(7), first.getList("rejected.row"), first.prettify());
        assertTrue(first.getString("rejected[0].reason").contains("SHA-256"), first.prettify());
        assertTrue(first.getList("changes.kind").contains("new-intermediate"));

        assertEquals("DE", given().get("/api/cas/ccadb-alpha-gmbh").then().statusCode(200).extract().jsonPath().getString("country"));
        assertEquals(2, given().get("/api/cas/ccadb-alpha-gmbh/audits").jsonPath().getList("$").size());
        Document page = Jsoup.parse(given().get("/cas/ccadb-alpha-gmbh").then().statusCode(200).extract().asString());
        String hierarchy = page.select("table.ccadb-hierarchy").text();
        assertTrue(hierarchy.contains("Ccadb Alpha GmbH, Root CA") && hierarchy.contains("Ccadb Alpha GmbH TLS Issuing CA 1"), hierarchy);
        assertTrue(hierarchy.contains("A Root Not In The Report (not in the report)"), hierarchy);
        assertFalse(page.select("table.ccadb-hierarchy a[href=/certificates/" + rootCertificate.sha256Hex() + "]").isEmpty(),
                "the root on file is linked: " + page.select("table.ccadb-hierarchy").outerHtml());

        JsonPath again = post("all-certificate-records", body, 200);
        assertEquals(0, again.getInt("cas.created") + again.getInt("cas.updated"), again.prettify());
        assertEquals(1, again.getInt("cas.unchanged"));
        assertEquals(4, again.getInt("certificates.unchanged"), again.prettify());
        assertEquals(0, again.getInt("certificates.created") + again.getInt("certificates.updated"));
        assertEquals(2, again.getInt("audits.unchanged"));
        assertTrue(again.getList("changes").isEmpty(), again.prettify());
        assertEquals(List.of(7), again.getList("rejected.row"));
    }

    @Test
    void newerReportIsAnUpdateListedInTheSummaryAndTheCaHistory() {
        List<Map<String, String>> rows = alphaRows("Ccadb Beta Ltd", "B1", sha(0xBE7A));
        post("all-certificate-records", csv(ALL_CERTIFICATE_RECORDS, rows));
        int revisionsBefore = given().get("/api/cas/ccadb-beta-ltd/history").jsonPath().getList("$").size();

        rows.get(1).put("Revocation Status", "Revoked");
        rows.get(0).put("Chrome Status", "Removed");
        rows.get(0).putAll(row("TLS BR Audit URL", "https://audits.example/B1/br-2024.pdf", "TLS BR Audit Statement Date", "2025.02.20",
                "TLS BR Audit Period Start Date", "2024.01.01", "TLS BR Audit Period End Date", "2024.12.31"));
        rows.add(row("CA Owner", "Ccadb Beta Ltd", "Salesforce Record ID", "B1I4", "Certificate Name", "Ccadb Beta Ltd New Issuing CA",
                "Parent Salesforce Record ID", "B1R", "Parent Certificate Name", "Ccadb Beta Ltd, Root CA", "Certificate Record Type",
                "Intermediate Certificate", "Revocation Status", "Not Revoked", "SHA-256 Fingerprint", sha(0xB14),
                "Valid From (GMT)", "2025.01.01", "Valid To (GMT)", "2030.01.01", "Audits Same as Parent?", "true"));
        JsonPath update = post("all-certificate-records", csv(ALL_CERTIFICATE_RECORDS, rows));

        assertEquals(1, update.getInt("cas.updated"), update.prettify());
        assertEquals(1, update.getInt("certificates.created"), update.prettify());
        assertEquals(2, update.getInt("certificates.updated"), "the revoked intermediate and the root: " + update.prettify());
        assertEquals(2, update.getInt("certificates.unchanged"), update.prettify());
        assertEquals(1, update.getInt("audits.created"), update.prettify());
        List<String> kinds = update.getList("changes.kind");
        assertTrue(kinds.containsAll(List.of("revoked", "store-status", "new-intermediate", "new-audit")), update.prettify());
        assertTrue(update.getList("changes.what").stream().anyMatch(w -> w.toString().contains("Chrome: Included → Removed")), update.prettify());

        List<Map<String, Object>> history = given().get("/api/cas/ccadb-beta-ltd/history").jsonPath().getList("$");
        assertEquals(revisionsBefore + 1, history.size(), "one revision for the import");
        String latest = history.get(0).toString();
        assertTrue(latest.contains("revocationStatus") && latest.contains("Revoked"), latest);
        assertTrue(latest.contains("chromeStatus"), latest);
    }

    @Test
    void headerMissingANeededColumnIsRefusedAndChangesNothing() {
        List<String> header = new ArrayList<>(ALL_CERTIFICATE_RECORDS);
        header.remove("SHA-256 Fingerprint");
        String body = csv(header, alphaRows("Ccadb Gamma", "G1", sha(0x6A)));
        JsonPath refused = post("all-certificate-records", body.getBytes(StandardCharsets.UTF_8), 400);
        assertTrue(refused.getString("detail").contains("\"SHA-256 Fingerprint\""), refused.prettify());
        given().get("/api/cas/ccadb-gamma").then().statusCode(404);
    }

    @Test
    void reorderedAndExtraColumnsAreRead() {
        List<String> header = new ArrayList<>(ALL_CERTIFICATE_RECORDS);
        java.util.Collections.reverse(header);
        header.add(3, "A Column From Next Year");
        List<Map<String, String>> rows = alphaRows("Ccadb Delta", "D1", sha(0xDE1));
        rows.forEach(r -> r.put("A Column From Next Year", "x, \"quoted\"\nand more"));
        JsonPath summary = post("all-certificate-records", csv(header, rows));
        assertEquals(4, summary.getInt("certificates.created"), summary.prettify());
        assertTrue(summary.getList("rejected").isEmpty(), summary.prettify());
    }

    @Test
    void onlyAdminsImportAndOnlyCsv() {
        given().contentType("text/csv").body("x").post("/api/ccadb/all-certificate-records").then().statusCode(401);
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json").body("{}")
                .post("/api/ccadb/included-roots").then().statusCode(415).body("detail", org.hamcrest.Matchers.containsString("text/csv"));
    }

    @Test
    void sameNameAndKeyUnderTwoOwnersIsACrossSign() {
        List<Map<String, String>> rows = alphaRows("Ccadb Epsilon", "E1", sha(0xE1));
        rows.add(row("CA Owner", "Ccadb Zeta", "Salesforce Record ID", "Z1X", "Certificate Name", "Ccadb Epsilon, Root CA",
                "Parent Salesforce Record ID", "Z1R", "Certificate Record Type", "Intermediate Certificate", "Revocation Status", "Not Revoked",
                "SHA-256 Fingerprint", sha(0x21), "Subject Key Identifier", SKI, "Valid From (GMT)", "2016.01.01", "Valid To (GMT)", "2026.01.01"));
        JsonPath summary = post("all-certificate-records", csv(ALL_CERTIFICATE_RECORDS, rows));
        assertEquals(List.of(List.of("ccadb-epsilon", "ccadb-zeta")), summary.getList("crossSigns.cas"), summary.prettify());
        String page = Jsoup.parse(given().get("/cas/ccadb-epsilon").asString()).text();
        assertTrue(page.contains("another CA's hierarchy"), page);
    }

    @Test
    void includedRootsAreStoredAnalysedAndTheirDistrustDatesShown() {
        CertificateView root = TestPki.certificate().selfSignedRoot("C=FR,O=Ccadb Eta,CN=Ccadb Eta Root")
                .subjectKey(TestPki.ecP256Key()).validity("2014-05-01T00:00:00Z", "2039-05-01T00:00:00Z").view();
        List<Map<String, String>> rows = List.of(
                row("Owner", "Ccadb Eta SA", "Common Name or Certificate Name", "Ccadb Eta Root", "SHA-256 Fingerprint",
                        root.sha256Hex().toUpperCase(Locale.ROOT), "Trust Bits", "Websites", "Distrust for TLS After Date", "2025.11.30",
                        "Valid From [GMT]", "2014.05.01", "Valid To [GMT]", "2039.05.01", "Geographic Focus", "France",
                        "PEM Info", "'" + pem(root) + "'"),
                row("Owner", "Ccadb Eta SA", "Common Name or Certificate Name", "Mismatch", "SHA-256 Fingerprint", sha(0xE7A),
                        "PEM Info", "'" + pem(root) + "'"));
        JsonPath summary = post("included-roots", csv(INCLUDED_ROOTS, rows));
        assertEquals(1, summary.getInt("certificates.created"), summary.prettify());
        assertEquals(List.of(3), summary.getList("rejected.row"), summary.prettify());

        JsonPath stored = given().get("/api/certificates/" + root.sha256Hex()).then().statusCode(200).extract().jsonPath();
        assertEquals(root.sha256Hex(), stored.getString("sha256"));
        assertTrue(stored.getList("findings") != null);
        String page = Jsoup.parse(given().get("/cas/ccadb-eta-sa").then().statusCode(200).extract().asString()).select("table.ccadb-hierarchy").text();
        assertTrue(page.contains("TLS: 30 Nov 2025"), page);

        JsonPath again = post("included-roots", csv(INCLUDED_ROOTS, rows));
        assertEquals(1, again.getInt("certificates.unchanged"), again.prettify());
        assertTrue(again.getList("changes").isEmpty(), again.prettify());
    }

    static String pem(CertificateView view) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(view.der())
                + "\n-----END CERTIFICATE-----\n";
    }
}
