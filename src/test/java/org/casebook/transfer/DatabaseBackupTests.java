package org.casebook.transfer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/**
 * An online backup taken while the application runs (and while uploads go on), downloaded, unpacked into a fresh
 * folder and opened there as a new installation's database would be: every issue and certificate is in it.
 */
@QuarkusTest
@TestProfile(FileDatabaseInstallationProfile.class)
class DatabaseBackupTests {

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    EntityManager em;

    @Test
    void aBackupTakenWhileRunningRestoresEveryIssueAndCertificate() throws Exception {
        caseFiles.user("backupreviewer", "reviewer");
        for (int i = 0; i < 5; i++) {
            byte[] der = TestPki.certificate().subject("CN=backup" + i + ".example").dnsNames("backup" + i + ".example").der();
            given().auth().preemptive().basic("backupreviewer", "backupreviewer-pw").contentType("application/pkix-cert").body(der)
                    .queryParam("ca", "wosign").queryParam("issue", "S").post("/api/certificates").then().statusCode(200);
        }
        List<String> issues = rows("select concat(c.slug, '/', i.letter, ' ', i.title) from issue i join certification_authority c on c.id = i.ca_id");
        List<String> certificates = rows("select sha256 from certificate");
        List<String> links = rows("select concat(issue_id, ' ', certificate_id) from evidence_link");
        assertTrue(certificates.size() >= 27, certificates.size() + " certificates");

        var taken = given().auth().preemptive().basic("admin", "test-admin-password").post("/api/admin/backups")
                .then().statusCode(201).contentType(ContentType.JSON).extract();
        String name = taken.path("name");
        assertTrue(name.matches("casebook-[0-9]{8}-[0-9]{6}\\.zip"), name);
        assertEquals("/api/admin/backups/" + name, java.net.URI.create(taken.header("Location")).getPath());
        System.out.printf("online backup: %s, %d bytes, %d ms%n", name, (Integer) taken.path("bytes"), (Integer) taken.path("millis"));
        List<String> listed = given().auth().preemptive().basic("admin", "test-admin-password").get("/api/admin/backups")
                .then().statusCode(200).extract().path("name");
        assertTrue(listed.contains(name), listed.toString());
        byte[] zip = given().auth().preemptive().basic("admin", "test-admin-password").get("/api/admin/backups/" + name)
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        assertEquals(Files.size(FileDatabaseInstallationProfile.BACKUPS.resolve(name)), zip.length);
        given().auth().preemptive().basic("admin", "test-admin-password").get("/api/admin/backups/..%2Fcasebook.mv.db").then().statusCode(404);

        // The restore of the README: unpack into an empty folder and open the database there.
        Path restored = Files.createTempDirectory("casebook-restored");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                Files.copy(in, restored.resolve(entry.getName()));
            }
        }
        assertEquals(List.of("casebook.mv.db"), entries);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("casebook"), "sa", "")) {
            assertEquals(sorted(issues), sorted(rows(connection, "select concat(c.slug, '/', i.letter, ' ', i.title) from issue i join certification_authority c on c.id = i.ca_id")));
            assertEquals(sorted(certificates), sorted(rows(connection, "select sha256 from certificate")));
            assertEquals(sorted(links), sorted(rows(connection, "select concat(issue_id, ' ', certificate_id) from evidence_link")));
            assertEquals(rows("select max(\"version\") from \"flyway_schema_history\""), rows(connection, "select max(\"version\") from \"flyway_schema_history\""));
        }
    }

    @Test
    void onlyAdminsTakeBackups() {
        caseFiles.user("backupmanager", "manager");
        given().post("/api/admin/backups").then().statusCode(401);
        given().auth().preemptive().basic("backupmanager", "backupmanager-pw").post("/api/admin/backups").then().statusCode(403);
        given().auth().preemptive().basic("backupmanager", "backupmanager-pw").get("/api/admin/backups").then().statusCode(403);
    }

    private List<String> rows(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getResultList().stream().map(String::valueOf).toList());
    }

    private static List<String> rows(Connection connection, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                rows.add(String.valueOf(result.getObject(1)));
            }
        }
        return rows;
    }

    private static List<String> sorted(List<String> rows) {
        return List.copyOf(new TreeSet<>(rows));
    }
}
