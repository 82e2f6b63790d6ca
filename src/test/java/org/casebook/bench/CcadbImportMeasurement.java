package org.casebook.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.ccadb.CcadbReports;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: the CCADB "All Certificate Records" import of a report the size of today's (8,000 rows,
 * 150 owners, each owner with roots, intermediates and four audit statements), posted to the API: the first import
 * (everything created), the same report again (nothing changes), and a newer report (2% of the rows changed). Run
 * with bench/ccadb/run.sh; the figures go to standard output and target/ccadb-import.txt. Target (issue 20): under 10 s.
 */
@Tag("measurement")
@QuarkusTest
class CcadbImportMeasurement {

    private static final int ROWS = Integer.getInteger("ccadb.bench.rows", 8000);
    private static final int OWNERS = Integer.getInteger("ccadb.bench.owners", 150);

    @Test
    void importEightThousandRows() throws Exception {
        List<Map<String, String>> rows = report();
        String first = CcadbReports.csv(CcadbReports.ALL_CERTIFICATE_RECORDS, rows);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "CCADB All Certificate Records import: %d rows, %d owners, %.1f MB%n", rows.size(), OWNERS,
                first.length() / 1e6));
        out.append(timed("first import (all created)", first));
        out.append(timed("same report again (nothing changes)", first));
        for (int i = 0; i < rows.size(); i += 50) {
            rows.get(i).put("Revocation Status", "Revoked");
        }
        out.append(timed("newer report (2% revoked)", CcadbReports.csv(CcadbReports.ALL_CERTIFICATE_RECORDS, rows)));
        System.out.print(out);
        Files.writeString(Path.of("target/ccadb-import.txt"), out.toString());
    }

    private static String timed(String label, String report) {
        byte[] body = report.getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        String summary = given().auth().preemptive().basic("admin", "test-admin-password").contentType("text/csv").body(body)
                .post("/api/ccadb/all-certificate-records").then().statusCode(200).extract().jsonPath().getMap("certificates").toString();
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "  %-40s %6.2f s  certificates %s%n", label, seconds, summary);
    }

    private static List<Map<String, String>> report() {
        List<Map<String, String>> rows = new ArrayList<>();
        int perOwner = ROWS / OWNERS;
        int n = 0;
        for (int owner = 0; owner < OWNERS && n < ROWS; owner++) {
            String name = "Bench Owner " + owner;
            for (int i = 0; i < perOwner + (owner < ROWS % OWNERS ? 1 : 0); i++, n++) {
                boolean root = i < 2;
                String id = "BENCH" + owner + "X" + i;
                Map<String, String> row = CcadbReports.row("CA Owner", name, "Salesforce Record ID", id,
                        "Certificate Name", name + (root ? " Root " : " Issuing CA ") + i,
                        "Certificate Record Type", root ? "Root Certificate" : "Intermediate Certificate",
                        "Parent Salesforce Record ID", root ? "" : "BENCH" + owner + "X" + (i % 2), "Parent Certificate Name",
                        root ? "" : name + " Root " + (i % 2), "Mozilla Status", root ? "Included" : "Provided by CA",
                        "Chrome Status", root ? "Included" : "", "Revocation Status", "Not Revoked",
                        "SHA-256 Fingerprint", String.format(Locale.ROOT, "%064X", 1_000_000L + n),
                        "Valid From (GMT)", "2020.01.01", "Valid To (GMT)", "2035.01.01",
                        "Subject Key Identifier", Base64.getEncoder().encodeToString(String.format("%020d", n).getBytes(StandardCharsets.US_ASCII)),
                        "Auditor", "Bench Audit LLP", "Audits Same as Parent?", root ? "false" : "true", "Country", "Germany",
                        "Certificate Policy (CP) URL", "https://bench.example/" + owner + "/cp.pdf");
                if (root) {
                    for (String kind : List.of("Standard", "TLS BR")) {
                        for (int year = 2023; year <= 2024; year++) {
                            // Two years in two rows: each root carries one year per kind, the owner four statements.
                            if ((year - 2023) != i) {
                                continue;
                            }
                            row.put(kind + " Audit URL", "https://audits.example/" + owner + "/" + kind.replace(' ', '-') + "-" + year + ".pdf");
                            row.put(kind + " Audit Type", "WebTrust");
                            row.put(kind + " Audit Statement Date", year + 1 + ".03.01");
                            row.put(kind + " Audit Period Start Date", year + ".01.01");
                            row.put(kind + " Audit Period End Date", year + ".12.31");
                        }
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
