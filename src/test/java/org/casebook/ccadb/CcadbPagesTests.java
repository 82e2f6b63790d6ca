package org.casebook.ccadb;

import static org.casebook.ccadb.CcadbReports.ALL_CERTIFICATE_RECORDS;
import static org.casebook.ccadb.CcadbReports.csv;
import static org.casebook.ccadb.CcadbReports.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.casebook.support.FormSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The admins' import page: two file fields, a summary of what changed, and the refusal of a bad header. */
@QuarkusTest
class CcadbPagesTests {

    private static Response upload(FormSession admin, String field, String report) {
        Element token = Jsoup.parse(admin.spec().get("/ccadb").then().statusCode(200).extract().asString()).selectFirst("input[name=csrf-token]");
        return admin.spec().multiPart("csrf-token", token.attr("value"))
                .multiPart(field, "report.csv", report.getBytes(StandardCharsets.UTF_8), "text/csv").post("/ccadb");
    }

    @Test
    void adminImportsAReportAndSeesWhatChanged() {
        FormSession admin = FormSession.signIn("admin", "test-admin-password");
        String report = csv(ALL_CERTIFICATE_RECORDS, List.of(row("CA Owner", "Ccadb Page Owner", "Salesforce Record ID", "PG1",
                "Certificate Name", "Page Root", "Certificate Record Type", "Root Certificate", "Revocation Status", "Not Revoked",
                "SHA-256 Fingerprint", String.format("%064X", 0x9A6E), "Valid From (GMT)", "2020.01.01", "Valid To (GMT)", "2040.01.01",
                "Country", "Japan")));
        Response first = upload(admin, "allCertificateRecords", report);
        assertEquals(200, first.statusCode(), first.asString());
        Document page = Jsoup.parse(first.asString());
        assertTrue(page.select("table.ccadb-changes").text().contains("new-root Page Root"), page.select("main").text());
        assertEquals("1", page.select("table.ccadb-counts tr:contains(Certificates) td").first().text());

        Document again = Jsoup.parse(upload(admin, "allCertificateRecords", report).asString());
        assertTrue(again.text().contains("Nothing changed."), again.text());

        List<String> header = new ArrayList<>(ALL_CERTIFICATE_RECORDS);
        header.remove("CA Owner");
        Response refused = upload(admin, "allCertificateRecords", csv(header, List.of()));
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).text().contains("no column \"CA Owner\""), refused.asString());
    }

    @Test
    void onlyAdminsSeeTheImportPage() {
        FormSession.anonymous().spec().get("/ccadb").then().statusCode(302);
    }
}
