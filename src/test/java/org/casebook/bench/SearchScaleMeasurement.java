package org.casebook.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.casebook.search.CertificateNames;
import org.casebook.search.service.SiteSearch;
import org.casebook.support.SyntheticCertificates;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: search latency (issue 15) with 10,000, 100,000 and 1,000,000 certificates on file, each
 * query kind on certificates picked at random from those stored. The rows are written straight into {@code certificate}
 * (minimal columns, a filler DER) and {@code certificate_name} (the rows {@link CertificateNames#of} derives, as an upload
 * stores them) by {@link SyntheticCertificates}, in JDBC batches, on an H2 file database under target/ like a real installation's, not in memory. Run with
 * bench/search/run.sh (or {@code ./mvnw test -Pmeasurement -Dtest=SearchScaleMeasurement}); the table goes to
 * standard output and target/search-scale.txt.
 */
@Tag("measurement")
@QuarkusTest
@TestProfile(SearchScaleMeasurement.FileDatabase.class)
class SearchScaleMeasurement {

    /** The test profile's H2 database in a file, emptied before the run. */
    public static class FileDatabase implements QuarkusTestProfile {
        static final Path DIRECTORY = Path.of("target", "search-bench");

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                if (Files.exists(DIRECTORY)) {
                    try (var files = Files.walk(DIRECTORY)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./" + DIRECTORY + "/casebook;DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    private static final int[] SIZES = Arrays.stream(System.getProperty("search.bench.sizes", "10000,100000,1000000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final int QUERIES = Integer.getInteger("search.bench.queries", 200);

    @Inject
    DataSource dataSource;

    @Inject
    SiteSearch search;

    private final Random random = new Random(15);
    private int stored;

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(String.format("search latency, SiteSearch.search(q, page 1, size 20), H2 file database, %d queries per kind,"
                + " each on a random stored certificate; milliseconds%n", QUERIES));
        report.append(String.format("%10s %12s %10s  %-34s %8s %8s %8s%n", "stored", "index rows", "insert s", "query kind", "median", "p95", "max"));
        Map<String, IntFunction<String>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("SHA-256", SyntheticCertificates::sha256);
        kinds.put("SHA-256 prefix (10 hex)", i -> SyntheticCertificates.sha256(i).substring(0, 10));
        kinds.put("serial, leading 00 dropped", i -> CertificateNames.serial(SyntheticCertificates.serialHex(i)));
        kinds.put("serial with colons", i -> String.join(":", SyntheticCertificates.serialHex(i).split("(?<=\\G..)")));
        kinds.put("DNS name (+ wildcard)", SyntheticCertificates::host);
        // only every 50th certificate has a wildcard, and every 10th an IP address: the queries name theirs
        kinds.put("wildcard *.dN.bench.example", i -> "*." + SyntheticCertificates.domain(i - i % 50));
        kinds.put("under .dN.bench.example", i -> "." + SyntheticCertificates.domain(i));
        kinds.put("under .bench.example (every cert)", i -> ".bench.example");
        kinds.put("IP address", i -> SyntheticCertificates.ip(i - i % 10));
        kinds.put("subject words", i -> "h" + i + " bench");
        kinds.put("issuer words (every cert)", i -> "wosign free ssl");
        kinds.put("issue words (case file)", i -> "duplicate serial");
        for (int size : SIZES) {
            long insertStart = System.nanoTime();
            fill(size);
            double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
            long indexRows = count("select count(*) from certificate_name");
            // a first pass over every kind, so that the first one measured does not meet a cold cache alone
            for (IntFunction<String> kind : kinds.values()) {
                for (int warm = 0; warm < 20; warm++) {
                    search.search(kind.apply(random.nextInt(stored)), "1", "20");
                }
            }
            for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
                for (int warm = 0; warm < 20; warm++) {
                    search.search(kind.getValue().apply(random.nextInt(stored)), "1", "20");
                }
                long[] nanos = new long[QUERIES];
                int found = 0;
                for (int q = 0; q < QUERIES; q++) {
                    String query = kind.getValue().apply(random.nextInt(stored));
                    long start = System.nanoTime();
                    SiteSearch.Results results = search.search(query, "1", "20");
                    nanos[q] = System.nanoTime() - start;
                    found += results.empty() ? 0 : 1;
                }
                Arrays.sort(nanos);
                report.append(String.format("%10d %12d %10.1f  %-34s %8.2f %8.2f %8.2f%s%n", stored, indexRows, insertSeconds, kind.getKey(),
                        nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 95 / 100] / 1e6, nanos[QUERIES - 1] / 1e6,
                        found == QUERIES ? "" : "  (" + (QUERIES - found) + " found nothing)"));
            }
            System.out.print(report);
        }
        Files.writeString(Path.of("target", "search-scale.txt"), report.toString());
        System.out.println(report);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Adds synthetic certificates and their index rows until {@code target} are stored. H2's page cache is raised for the
     * fill only, and the secondary indexes of {@code certificate} and {@code certificate_name} are dropped before it and
     * created again after it, as they were: the index rows arrive in random key order, and past a few hundred thousand
     * certificates every insert read pages back from the file (1,000,000 did not finish in 18 minutes), whereas H2 builds
     * an index over existing rows by sorting them. The queries are measured with the same indexes and the cache an
     * installation has.
     */
    private void fill(int target) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            int cacheMegabytes = Integer.parseInt(setting(connection, "info.CACHE_MAX_SIZE"));
            try (var statement = connection.createStatement()) {
                statement.execute("SET CACHE_SIZE " + FILL_CACHE_KB);
            }
            List<String> recreate = dropSecondaryIndexes(connection, "CERTIFICATE", "CERTIFICATE_NAME");
            connection.setAutoCommit(false);
            try {
                SyntheticCertificates.insert(connection, stored, target, true);
            } finally {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    for (String create : recreate) {
                        statement.execute(create);
                    }
                    statement.execute("SET CACHE_SIZE " + cacheMegabytes * 1024);
                }
            }
            stored = target;
        }
    }

    /**
     * Drops the plain (not unique, not constraint) indexes of these tables; the statements that create them again. An
     * index H2 keeps for a constraint (a foreign key's) cannot be dropped and stays.
     */
    private static List<String> dropSecondaryIndexes(Connection connection, String... tables) throws Exception {
        Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
        Map<String, String> tableOf = new java.util.HashMap<>();
        try (var query = connection.prepareStatement("select i.index_name, i.table_name, c.column_name from information_schema.indexes i"
                + " join information_schema.index_columns c on c.index_schema = i.index_schema and c.index_name = i.index_name"
                + " where i.table_schema = 'PUBLIC' and i.index_type_name = 'INDEX' and i.table_name in (" + String.join(", ",
                        java.util.Collections.nCopies(tables.length, "?")) + ") order by i.index_name, c.ordinal_position")) {
            for (int i = 0; i < tables.length; i++) {
                query.setString(i + 1, tables[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(3));
                    tableOf.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        List<String> recreate = new ArrayList<>();
        try (var statement = connection.createStatement()) {
            for (Map.Entry<String, List<String>> index : columns.entrySet()) {
                try {
                    statement.execute("drop index " + index.getKey());
                } catch (java.sql.SQLException belongsToAConstraint) {
                    continue;
                }
                recreate.add("create index " + index.getKey() + " on " + tableOf.get(index.getKey()) + " (" + String.join(", ", index.getValue()) + ")");
            }
        }
        return recreate;
    }

    /** H2's page cache while filling, in KB. */
    private static final int FILL_CACHE_KB = 768 * 1024;

    private static String setting(Connection connection, String name) throws Exception {
        try (var query = connection.prepareStatement("select setting_value from information_schema.settings where setting_name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
