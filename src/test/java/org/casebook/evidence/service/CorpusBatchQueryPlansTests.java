package org.casebook.evidence.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.casebook.support.OwnTestDatabase;
import org.casebook.support.SyntheticCertificates;
import org.junit.jupiter.api.Test;

/**
 * The questions a batch of arriving certificates asks about one issuer name ("these serials", "these notAfters": the
 * shapes of PanacheCorpusLookup's and StoredCorpusFindings' batch queries) seek each value in an index (V16). Before,
 * H2 sought only the issuer name (it takes an IN list only on an index's first column) and read every certificate
 * of the issuer for each batch: a bulk import slowed as the corpus grew. Planned over 20,000 certificates of four
 * issuers, in a transaction that is rolled back.
 */
@QuarkusTest
class CorpusBatchQueryPlansTests {

    private static final int CERTIFICATES = 20_000;
    private static final int ASKED = 50;

    @Inject
    DataSource dataSource;

    private final boolean postgresql = OwnTestDatabase.onPostgresql();

    @Test
    void aBatchsSerialsAndNotAftersAreSoughtOneByOneNotReadWithTheWholeIssuer() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                SyntheticCertificates.insert(connection, 0, CERTIFICATES, false);
                try (Statement statistics = connection.createStatement()) {
                    statistics.executeUpdate("insert into corpus_notafter_day (issuerNameHash, notAfter, notBeforeDay)"
                            + " select issuerNameHash, notAfter, cast(notBefore as date) from certificate where storedBy = 'bench'");
                    statistics.executeUpdate("insert into corpus_notafter_group (issuerNameHash, notAfter, dayCount, firstDay, lastDay)"
                            + " select issuerNameHash, notAfter, 1, cast(notBefore as date), cast(notBefore as date) from certificate"
                            + " where storedBy = 'bench'");
                    // H2 plans these without statistics; its ANALYZE would commit the rows (it ends the transaction).
                    if (postgresql) {
                        statistics.execute("analyze certificate");
                        statistics.execute("analyze corpus_notafter_day");
                        statistics.execute("analyze corpus_notafter_group");
                    }
                }
                String issuer;
                List<String> serials = new ArrayList<>();
                List<Timestamp> notAfters = new ArrayList<>();
                try (Statement read = connection.createStatement();
                        ResultSet rows = read.executeQuery("select issuerNameHash, serialHex, notAfter from certificate where storedBy = 'bench'"
                                + " and issuerNameHash = (select min(issuerNameHash) from certificate where storedBy = 'bench') order by id")) {
                    rows.next();
                    issuer = rows.getString(1);
                    do {
                        serials.add(rows.getString(2));
                        notAfters.add(rows.getTimestamp(3));
                    } while (rows.next() && serials.size() < ASKED);
                }

                assertSought(connection, "select id, notBefore from certificate where issuerNameHash = ? and serialHex in", issuer, serials,
                        "serialhex");
                assertSought(connection, "select notAfter, notBefore from certificate where issuerNameHash = ? and notAfter in", issuer, notAfters,
                        "notafter");
                assertSought(connection, "select notAfter, notBeforeDay from corpus_notafter_day where issuerNameHash = ? and notAfter in", issuer,
                        notAfters, "notafter");
                assertSought(connection, "select notAfter from corpus_notafter_group where issuerNameHash = ? and notAfter in", issuer, notAfters,
                        "notafter");
            } finally {
                connection.rollback();
            }
        }
    }

    /** The query, with an IN list of the values, reads them through an index on the IN column, not the issuer's rows. */
    private void assertSought(Connection connection, String query, String issuer, List<?> values, String inColumn) throws SQLException {
        String sql = query + " (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")";
        String plan;
        try (PreparedStatement explain = connection.prepareStatement((postgresql ? "explain " : "explain analyze ") + sql)) {
            explain.setString(1, issuer);
            for (int i = 0; i < values.size(); i++) {
                explain.setObject(i + 2, values.get(i));
            }
            StringBuilder text = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    text.append(rows.getString(1)).append('\n');
                }
            }
            plan = text.toString().toLowerCase(Locale.ROOT);
        }
        String where = query + ":\n" + plan;
        if (postgresql) {
            assertFalse(plan.contains("seq scan"), "a scan of the table for " + where);
            assertTrue(plan.contains("index"), "no index for " + where);
        } else {
            // e.g. /* PUBLIC.IX_CERTIFICATE_SERIAL_ISSUER: SERIALHEX IN('0A', ...) */ ... /* scanCount: 51 */
            assertTrue(plan.matches("(?s).*/\\* public\\.\\w+: " + inColumn + " in\\(.*"), "the IN list is not the index condition in " + where);
            java.util.regex.Matcher scanned = java.util.regex.Pattern.compile("scancount: (\\d+)").matcher(plan);
            assertTrue(scanned.find(), where);
            int rows = Integer.parseInt(scanned.group(1));
            assertTrue(rows <= values.size() * 2 + 1, rows + " rows read for " + values.size() + " values (the issuer has thousands): " + where);
        }
    }
}
