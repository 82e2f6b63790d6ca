package org.casebook.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.casebook.search.CertificateNames;
import org.casebook.search.service.SiteSearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: search latency (issue 15) with 10,000, 100,000 and 1,000,000 certificates on file, each
 * query kind on certificates picked at random from those stored. The rows are written straight into {@code certificate}
 * (minimal columns, a filler DER) and {@code certificate_name} (the rows {@link CertificateNames#of} derives, as an upload
 * stores them), on an H2 file database under target/ like a real installation's, not in memory. Run with
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
    private static final int DOMAINS = 1000;
    private static final String[] ISSUERS = {"/C=CN/O=WoSign CA Limited/CN=WoSign CA Free SSL Certificate G2",
        "/C=IL/O=StartCom Ltd./OU=Secure Digital Certificate Signing/CN=StartCom Class 1 DV Server CA",
        "/C=PL/O=Unizeto Technologies S.A./OU=Certum Certification Authority/CN=Certum Domain Validation CA SHA2",
        "/C=US/O=Bench Trust/CN=Bench Trust RSA Issuing CA 7"};
    private static final Instant START = Instant.parse("2015-01-01T00:00:00Z");
    private static final long FIRST_ID = 2_000_000_000L;

    @Inject
    DataSource dataSource;

    @Inject
    SiteSearch search;

    private final Random random = new Random(15);
    private int stored;

    /** What a synthetic certificate number {@code i} holds; the queries are made from the same functions. */
    static String sha256(int i) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("bench-certificate-" + i).getBytes());
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every second serial has its top bit set, so that it is stored with a leading zero octet. */
    static String serialHex(int i) {
        BigInteger serial = new BigInteger(1, HexFormat.of().parseHex(sha256(i).substring(0, 32)));
        serial = i % 2 == 0 ? serial.setBit(127) : serial.clearBit(127);
        return HexFormat.of().withUpperCase().formatHex(serial.toByteArray());
    }

    static String host(int i) {
        return "h" + i + ".d" + (i % DOMAINS) + ".bench.example";
    }

    static String ip(int i) {
        return "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
    }

    @Test
    void measure() throws Exception {
        byte[] filler = new byte[100];
        StringBuilder report = new StringBuilder();
        report.append(String.format("search latency, SiteSearch.search(q, page 1, size 20), H2 file database, %d queries per kind,"
                + " each on a random stored certificate; milliseconds%n", QUERIES));
        report.append(String.format("%10s %12s %10s  %-26s %8s %8s %8s%n", "stored", "index rows", "insert s", "query kind", "median", "p95", "max"));
        Map<String, IntFunction<String>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("SHA-256", SearchScaleMeasurement::sha256);
        kinds.put("SHA-256 prefix (10 hex)", i -> sha256(i).substring(0, 10));
        kinds.put("serial, leading 00 dropped", i -> CertificateNames.serial(serialHex(i)));
        kinds.put("serial with colons", i -> String.join(":", serialHex(i).split("(?<=\\G..)")));
        kinds.put("DNS name (+ wildcard)", SearchScaleMeasurement::host);
        kinds.put("wildcard *.dN.bench.example", i -> "*.d" + (i % DOMAINS) + ".bench.example");
        kinds.put("under .dN.bench.example", i -> ".d" + (i % DOMAINS) + ".bench.example");
        kinds.put("IP address", SearchScaleMeasurement::ip);
        kinds.put("subject words", i -> "h" + i + " bench");
        kinds.put("issuer words (every cert)", i -> "wosign free ssl");
        kinds.put("issue words (case file)", i -> "duplicate serial");
        for (int size : SIZES) {
            long insertStart = System.nanoTime();
            fill(size, filler);
            double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
            long indexRows = count("select count(*) from certificate_name");
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
                report.append(String.format("%10d %12d %10.1f  %-26s %8.2f %8.2f %8.2f%s%n", stored, indexRows, insertSeconds, kind.getKey(),
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

    /** Adds synthetic certificates and their index rows until {@code target} are stored. */
    private void fill(int target, byte[] filler) throws Exception {
        String certificateSql = "insert into certificate (id, sha256, der, subject, issuer, serialHex, serialBits, notBefore, notAfter,"
                + " signatureAlgorithm, keyAlgorithm, keySize, caCertificate, precertificate, issuerNameHash, subjectNameHash, spkiSha256,"
                + " subjectAltNames, storedAt, storedBy)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SHA256withRSA', 'EC', 256, false, false, ?, ?, ?, ?, ?, 'bench')";
        String nameSql = "insert into certificate_name (certificate_id, kind, name, reversed) values (?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement certificates = connection.prepareStatement(certificateSql);
                    PreparedStatement names = connection.prepareStatement(nameSql)) {
                int batch = 0;
                while (stored < target) {
                    int i = stored;
                    long id = FIRST_ID + i;
                    String issuer = ISSUERS[i % 10 < 7 ? 0 : 1 + i % 3];
                    String subject = "/CN=" + host(i);
                    String sans = "DNS:" + host(i) + (i % 10 == 0 ? "\nIP:" + ip(i) : "") + (i % 50 == 0 ? "\nDNS:*.d" + (i % DOMAINS) + ".bench.example" : "");
                    Instant notBefore = START.plusSeconds(i * 97L % (3L * 365 * 86400));
                    String serial = serialHex(i);
                    certificates.setLong(1, id);
                    certificates.setString(2, sha256(i));
                    certificates.setBytes(3, filler);
                    certificates.setString(4, subject);
                    certificates.setString(5, issuer);
                    certificates.setString(6, serial);
                    certificates.setInt(7, new BigInteger(serial, 16).bitLength());
                    certificates.setTimestamp(8, Timestamp.from(notBefore));
                    certificates.setTimestamp(9, Timestamp.from(notBefore.plusSeconds(365L * 86400)));
                    certificates.setString(10, sha256(-1 - i % 4).substring(0, 64));
                    certificates.setString(11, sha256(i).substring(0, 63) + "s");
                    certificates.setString(12, sha256(i).substring(0, 63) + "k");
                    certificates.setString(13, sans);
                    certificates.setTimestamp(14, Timestamp.from(Instant.now()));
                    certificates.addBatch();
                    for (CertificateNames.IndexedName name : CertificateNames.of(subject, issuer, serial, sans)) {
                        names.setLong(1, id);
                        names.setString(2, name.kind().name());
                        names.setString(3, name.name());
                        names.setString(4, name.reversed());
                        names.addBatch();
                    }
                    stored++;
                    if (++batch == 2000) {
                        certificates.executeBatch();
                        names.executeBatch();
                        connection.commit();
                        batch = 0;
                    }
                }
                certificates.executeBatch();
                names.executeBatch();
                connection.commit();
            }
        }
    }
}
