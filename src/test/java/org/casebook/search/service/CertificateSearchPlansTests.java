package org.casebook.search.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.casebook.search.CertificateNames;
import org.casebook.search.SearchQuery;
import org.casebook.support.OwnTestDatabase;
import org.casebook.support.SyntheticCertificates;
import org.junit.jupiter.api.Test;

/**
 * Every index read a certificate search makes, as the database plans it over 20,000 certificates (about 130,000 name
 * rows): an index, never a scan of the table, and rows read in the page's order (no sort of every match before the
 * first page: "wosign" is in the issuer of 70% of the certificates). On PostgreSQL this needs V15 (the database's collation, even
 * C.UTF-8, keeps a plain btree from serving LIKE 'prefix%'); on H2 the default indexes do it. The rows are inserted
 * and planned in one transaction that is rolled back.
 */
@QuarkusTest
class CertificateSearchPlansTests {

    private static final int CERTIFICATES = 20_000;
    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    @Inject
    DataSource dataSource;

    private final boolean postgresql = OwnTestDatabase.onPostgresql();

    /** One kind of certificate query. */
    private record Kind(String label, String query) {
    }

    @Test
    void everyCertificateQueryKindReadsAnIndex() throws SQLException {
        int i = 4321;
        List<Kind> kinds = List.of(
                new Kind("SHA-256", SyntheticCertificates.sha256(i)),
                new Kind("SHA-256 prefix", SyntheticCertificates.sha256(i).substring(0, 10)),
                new Kind("serial without its leading zero octet", CertificateNames.serial(SyntheticCertificates.serialHex(i))),
                new Kind("serial with colons", String.join(":", SyntheticCertificates.serialHex(i).split("(?<=\\G..)"))),
                new Kind("DNS name and the wildcard covering it", SyntheticCertificates.host(i)),
                new Kind("wildcard", "*." + SyntheticCertificates.domain(i)),
                new Kind("under a domain", "." + SyntheticCertificates.domain(i)),
                new Kind("under a domain every name is under", ".bench.example"),
                new Kind("IP address", SyntheticCertificates.ip(4320)),
                new Kind("subject words", "h" + i + " bench"),
                new Kind("issuer words every certificate has", "wosign free ssl"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                SyntheticCertificates.insert(connection, 0, CERTIFICATES, false);
                // issuer names by the thousand, as in a corpus of many CAs (with four, any plan reads them all)
                try (PreparedStatement words = connection.prepareStatement("insert into issuer_name_word (issuerNameHash, word) values (?, ?)")) {
                    for (int issuer = 0; issuer < 5_000; issuer++) {
                        for (String word : List.of("filler", "issuing", "ca" + issuer)) {
                            words.setString(1, String.format("%064x", issuer));
                            words.setString(2, word);
                            words.addBatch();
                        }
                    }
                    words.executeBatch();
                }
                try (Statement analyze = connection.createStatement()) {
                    if (postgresql) {
                        analyze.execute("analyze certificate");
                        analyze.execute("analyze certificate_name");
                        analyze.execute("analyze issuer_name_word");
                    } else {
                        analyze.execute("analyze");
                    }
                }
                for (Kind kind : kinds) {
                    List<CertificateSearch.Source> sources = CertificateSearch.sources(SearchQuery.parse(kind.query()));
                    assertFalse(sources.isEmpty(), kind.label());
                    for (CertificateSearch.Source source : sources) {
                        String plan = plan(connection, source).toLowerCase(Locale.ROOT);
                        String where = kind.label() + " (" + source.sql() + "):\n" + plan;
                        if (postgresql) {
                            assertFalse(plan.contains("seq scan"), "a scan of the table for " + where);
                            assertTrue(plan.contains("index"), "no index for " + where);
                        } else {
                            assertFalse(plan.contains("tablescan"), "a scan of the table for " + where);
                            // the page is the first rows in index order, not every match sorted
                            assertTrue(!source.sql().contains("order by") || plan.contains("/* index sorted */"), "every match sorted for " + where);
                        }
                        String index = source.sql().contains("reversed like") ? "ix_certificate_name_reversed"
                                : source.sql().contains("certificate_name") ? "ix_certificate_name_lookup" : null;
                        if (index != null) {
                            assertTrue(plan.contains(index), index + " not used for " + where);
                        }
                    }
                }
                // issuer words: the issuer names with them, then one issuer name's certificates in id order
                CertificateSearch.Source names = CertificateSearch.issuerNames(SearchQuery.parse("wosign free ssl").words());
                String namesPlan = plan(connection, names).toLowerCase(Locale.ROOT);
                assertTrue(namesPlan.contains("ix_issuer_name_word_word"), names.sql() + ":\n" + namesPlan);
                // the issuer of seven in ten certificates, and one of one in ten
                for (int certificate : new int[] {0, 7}) {
                    CertificateSearch.Source issued = CertificateSearch.issuerCertificates(SyntheticCertificates.issuerNameHash(certificate), "issuer");
                    String issuedPlan = plan(connection, issued).toLowerCase(Locale.ROOT);
                    String issuedWhere = issued.sql() + ":\n" + issuedPlan;
                    if (postgresql) {
                        // PostgreSQL may read the common issuer's rows in id order through the primary key instead
                        assertFalse(issuedPlan.contains("seq scan"), "a scan of the table for " + issuedWhere);
                        assertFalse(issuedPlan.contains("sort"), "every certificate of the issuer is sorted before the first page:\n" + issuedWhere);
                    } else {
                        assertTrue(issuedPlan.contains("ix_certificate_issuer_id"), issuedWhere);
                        assertTrue(issuedPlan.contains("/* index sorted */"), "every certificate of the issuer is sorted before the first page:\n" + issuedWhere);
                    }
                }
                String everything = plan(connection, CertificateSearch.sources(SearchQuery.parse(".bench.example")).get(1)).toLowerCase(Locale.ROOT);
                assertTrue(everything.contains("ix_certificate_name_reversed"), everything);
                if (postgresql) {
                    assertFalse(everything.contains("sort"), "every name under the domain is sorted before the first page:\n" + everything);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** The plan of a source's SQL as CertificateSearch runs it (first page of 20, one row more to know there is another). */
    private String plan(Connection connection, CertificateSearch.Source source) throws SQLException {
        List<Integer> order = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(source.sql());
        while (parameter.find()) {
            order.add(Integer.parseInt(parameter.group(1)));
        }
        String sql = "explain " + PARAMETER.matcher(source.sql()).replaceAll("?") + " limit 21";
        try (PreparedStatement explain = connection.prepareStatement(sql)) {
            for (int p = 0; p < order.size(); p++) {
                explain.setObject(p + 1, source.parameters().get(order.get(p) - 1));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
