package org.casebook.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.bouncycastle.asn1.x500.X500Name;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.corpus.CorpusCheck;
import org.casebook.analysis.corpus.CorpusCheckRegistry;
import org.casebook.analysis.corpus.CorpusContext;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.analysis.corpus.CorpusSettings;
import org.casebook.evidence.corpus.CorpusTestStore;
import org.casebook.evidence.corpus.PanacheCorpusLookup;
import org.casebook.evidence.service.CorpusAnalysis;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: it asserts nothing. Measures what the corpus checks cost per certificate with
 * 1,000 and with 100,000 certificates on file. The default build leaves the "measurement" tag out; run it with
 * bench/corpus/run.sh (or {@code ./mvnw test -Pmeasurement -Dtest=CorpusScaleMeasurement}); the numbers go to
 * standard output and target/corpus-scale.txt.
 */
@Tag("measurement")
@QuarkusTest
class CorpusScaleMeasurement {

    private static final String ISSUER = "C=CN,O=Bench CA Limited,CN=Bench CA Free SSL Certificate G2";
    private static final String[] OTHER_ISSUERS = {"C=US,O=Other Bench CA,CN=Other Bench CA 1", "C=IL,O=Third Bench CA,CN=Third Bench CA R2",
        "C=DE,O=Fourth Bench CA,CN=Fourth Bench CA"};
    private static final int PROBES = Integer.getInteger("corpus.bench.probes", 200);
    private static final int[] SIZES = Arrays.stream(System.getProperty("corpus.bench.sizes", "1000,10000,100000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final int ROUNDS = Integer.getInteger("corpus.bench.rounds", 3);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();
    private static final Instant START = Instant.parse("2015-01-01T00:00:00Z");

    @Inject
    DataSource dataSource;

    @Inject
    CorpusAnalysis analysis;

    @Inject
    PanacheCorpusLookup lookup;

    @Inject
    CorpusTestStore store;

    private long nextId = 1_000_000_000L;
    private int stored;

    @Test
    void measure() throws Exception {
        store.ca("bench-ca", "Bench CA", "CN", "Asia/Shanghai");
        store.storeForCa(TestPki.certificate().selfSignedRoot(ISSUER).view(), "bench-ca");
        byte[] filler = TestPki.certificate().issuer(ISSUER).serial(TestPki.randomSerial(63)).der();
        boolean firstSize = true;

        List<CertificateView> probes = new ArrayList<>();
        for (int i = 0; i < PROBES; i++) {
            Instant notBefore = START.plusSeconds(RANDOM.nextInt(3 * 365 * 86400));
            probes.add(TestPki.certificate().issuer(ISSUER).subject("CN=probe" + i + ".example.cn").dnsNames("probe" + i + ".example.cn")
                    .serial(TestPki.randomSerial(63)).validity(notBefore.toString(), notBefore.plusSeconds(365L * 86400).toString()).view());
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format("corpus checks per certificate, H2 in memory, %d probe certificates from an issuer holding 70%% of the rows%n", PROBES));
        report.append(String.format("%10s %12s %12s %12s   %s%n", "stored", "insert s", "all checks", "scan query", "per check (microseconds, median)"));
        for (int size : SIZES) {
            long insertStart = System.nanoTime();
            fill(size, filler);
            double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
            int count = countRows();
            runAll(probes); // warm-up at this size (and JIT warm-up before the first)
            if (firstSize) {
                runAll(probes);
                runAll(probes);
                firstSize = false;
            }
            // The machine is shared: the best of a few rounds' medians is the least disturbed reading.
            double perCertificate = bestOf(ROUNDS, () -> median(time(probes, v -> analysis.check(v, null))));
            double scan = bestOf(ROUNDS, () -> median(time(probes.subList(0, Math.min(20, probes.size())), v -> scanQuery())));
            Map<String, Double> perCheck = new LinkedHashMap<>();
            CorpusContext context = new CorpusContext(lookup, null, CorpusSettings.DEFAULTS, org.casebook.analysis.LintRegistry.discover(),
                    org.casebook.analysis.calendar.WorkingCalendars.bundled());
            for (CorpusCheck check : CorpusCheckRegistry.standard().checks()) {
                perCheck.put(check.metadata().code(),
                        bestOf(ROUNDS, () -> median(time(probes, v -> store.inTransaction(() -> check.run(v, context))))));
            }
            StringBuilder checks = new StringBuilder();
            perCheck.forEach((code, micros) -> checks.append(code).append('=').append(String.format("%.0f", micros)).append(' '));
            report.append(String.format("%10d %12.1f %12.0f %12.0f   %s%n", count, insertSeconds, perCertificate, scan, checks.toString().trim()));
        }
        report.append("all checks and per check: median microseconds per certificate, best of " + ROUNDS + " rounds (CorpusAnalysis.check, one transaction each);\n")
                .append("scan query: a deliberate full scan (subject LIKE '%x%'), to show what a non-indexed query would cost.\n");
        System.out.println(report);
        Files.writeString(Path.of("target/corpus-scale.txt"), report.toString());
    }

    private static double bestOf(int rounds, java.util.function.DoubleSupplier round) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            best = Math.min(best, round.getAsDouble());
        }
        return best;
    }

    private void runAll(List<CertificateView> probes) {
        for (CertificateView probe : probes) {
            analysis.check(probe, null);
        }
    }

    /** Median microseconds of {@code work} over the probes. */
    private static double[] time(List<CertificateView> probes, Consumer<CertificateView> work) {
        double[] micros = new double[probes.size()];
        for (int i = 0; i < probes.size(); i++) {
            long start = System.nanoTime();
            work.accept(probes.get(i));
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        return micros;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private int countRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from certificate")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void scanQuery() {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from certificate where subject like '%probe-x%'")) {
            rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds synthetic rows until {@code target} are stored: 70% from the probes' issuer, the rest from three others. */
    private void fill(int target, byte[] filler) throws SQLException {
        String benchIssuer = CorpusKeys.nameHash(new X500Name(ISSUER));
        String[] otherHashes = Arrays.stream(OTHER_ISSUERS).map(n -> CorpusKeys.nameHash(new X500Name(n))).toArray(String[]::new);
        Instant templateEnd = Instant.parse("2016-12-31T15:59:59Z");
        String sql = "insert into certificate (id, sha256, der, subject, issuer, serialHex, serialBits, notBefore, notAfter, signatureAlgorithm,"
                + " keyAlgorithm, keySize, caCertificate, precertificate, issuerNameHash, authorityKeyId, subjectNameHash, spkiSha256, storedAt, storedBy)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SHA256withRSA', 'RSA', 2048, false, false, ?, ?, ?, ?, ?, 'bench')";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int batch = 0;
                while (stored < target) {
                    boolean mine = RANDOM.nextInt(10) < 7;
                    BigInteger serial = mine ? TestPki.randomSerialUpTo(63) : new BigInteger(128, RANDOM);
                    Instant notBefore = START.plusSeconds(RANDOM.nextInt(3 * 365 * 86400));
                    // One in a hundred shares a template expiry, as WoSign's SHA-1 certificates did.
                    Instant notAfter = RANDOM.nextInt(100) == 0 ? templateEnd : notBefore.plusSeconds(365L * 86400);
                    String name = "r" + stored + ".bench.example";
                    insert.setLong(1, nextId++);
                    insert.setString(2, HEX.formatHex(randomBytes(32)));
                    insert.setBytes(3, filler);
                    insert.setString(4, "CN=" + name);
                    insert.setString(5, mine ? ISSUER : OTHER_ISSUERS[RANDOM.nextInt(OTHER_ISSUERS.length)]);
                    insert.setString(6, HEX.withUpperCase().formatHex(serial.toByteArray()));
                    insert.setInt(7, serial.bitLength());
                    insert.setTimestamp(8, Timestamp.from(notBefore));
                    insert.setTimestamp(9, Timestamp.from(notAfter));
                    insert.setString(10, mine ? benchIssuer : otherHashes[RANDOM.nextInt(otherHashes.length)]);
                    insert.setString(11, HEX.formatHex(randomBytes(20)));
                    insert.setString(12, HEX.formatHex(randomBytes(32)));
                    insert.setString(13, HEX.formatHex(randomBytes(32)));
                    insert.setTimestamp(14, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    stored++;
                    if (++batch == 1000) {
                        insert.executeBatch();
                        connection.commit();
                        batch = 0;
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
