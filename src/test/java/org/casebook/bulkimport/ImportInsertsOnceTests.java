package org.casebook.bulkimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.casebook.evidence.StoredCertificate;
import org.casebook.support.OwnTestDatabase;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;

/**
 * A certificate arriving in a corpus import is written once: its corpus columns (the checks' fingerprint, the CA of its
 * issuer) are set before the insert, so the analysis after it changes no column of the row. On H2 an UPDATE rewrites
 * every index of the row (eight on {@code certificate}), which made the second write cost about as much as the first.
 * Here the intermediate arrives in the same batch as its leaves, as in the first batch of a CA's corpus. H2 only: a
 * trigger counts the updates of the test's own rows.
 */
@QuarkusTest
class ImportInsertsOnceTests {

    private static final String ISSUER = "C=CN,O=Import Test CA,CN=Import Once Issuing CA";
    @Inject
    TestCaseFiles caseFiles;

    @Inject
    DataSource dataSource;

    /**
     * Records the SHA-256 of each updated certificate row in a table (H2 may load this class in a class loader of its
     * own, where a static field would not be the test's).
     */
    public static class RecordUpdates implements Trigger {
        private int sha256Column = -1;

        @Override
        public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) throws SQLException {
            try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, "SHA256")) {
                columns.next();
                sha256Column = columns.getInt("ORDINAL_POSITION") - 1;
            }
        }

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            try (var insert = connection.prepareStatement("insert into test_updated_certificate (sha256) values (?)")) {
                insert.setString(1, String.valueOf(newRow[sha256Column]));
                insert.executeUpdate();
            }
        }
    }

    @Test
    void leavesAndTheirIntermediateInOneBatchAreInsertedWithTheirCorpusColumnsAndNeverUpdated() throws Exception {
        assumeFalse(OwnTestDatabase.onPostgresql(), "an H2 trigger counts the updates");
        caseFiles.ensureCa(CorpusImportTests.CA, "Import CA");
        caseFiles.user("importer", "reviewer");
        KeyPair intermediateKey = TestPki.ecP256Key();
        List<byte[]> certificates = new ArrayList<>();
        certificates.add(TestPki.certificate().ca().subject(ISSUER).subjectKey(intermediateKey).issuer("C=CN,O=Import Test CA,CN=Import Once Root")
                .notBefore("2015-06-01T00:00:00Z").der());
        for (int i = 0; i < 5; i++) {
            String name = "once-" + i + "-" + System.nanoTime() + ".import.example";
            certificates.add(TestPki.certificate().issuer(ISSUER).issuerKey(intermediateKey).subject("CN=" + name).dnsNames(name)
                    .notBefore("2016-03-1" + i + "T08:00:00Z").der());
        }
        List<String> sha256s = certificates.stream().map(CorpusImportTests::sha256).toList();

        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create table test_updated_certificate (sha256 varchar(64))");
            ddl.execute("create trigger record_certificate_updates after update on certificate for each row call \""
                    + RecordUpdates.class.getName() + "\"");
        }
        Set<String> updated = new java.util.HashSet<>();
        try {
            JsonPath job = CorpusImportTests.imported(CorpusImportTests.pem(certificates).getBytes(StandardCharsets.US_ASCII),
                    "application/x-pem-file");
            assertEquals("done", job.getString("state"));
            assertEquals(6, job.getLong("stored"));
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
                ddl.execute("drop trigger record_certificate_updates");
                try (ResultSet rows = ddl.executeQuery("select sha256 from test_updated_certificate")) {
                    while (rows.next()) {
                        updated.add(rows.getString(1));
                    }
                }
                ddl.execute("drop table test_updated_certificate");
            }
        }
        assertEquals(Set.of(), Set.copyOf(sha256s.stream().filter(updated::contains).toList()), "rows written twice");

        QuarkusTransaction.requiringNew().run(() -> {
            StoredCertificate intermediate = StoredCertificate.findBySha256(sha256s.get(0)).orElseThrow();
            assertEquals(CorpusImportTests.CA, intermediate.ca.slug);
            for (String leaf : sha256s.subList(1, sha256s.size())) {
                StoredCertificate stored = StoredCertificate.findBySha256(leaf).orElseThrow();
                assertEquals(CorpusImportTests.CA, stored.issuerCa == null ? null : stored.issuerCa.slug, "the issuing CA of " + leaf);
                assertEquals(intermediate.corpusVersion, stored.corpusVersion);
            }
        });
    }
}
