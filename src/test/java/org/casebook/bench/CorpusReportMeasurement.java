package org.casebook.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.bouncycastle.asn1.x500.X500Name;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.evidence.corpus.CorpusTestStore;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.StoredCorpusFindings;
import org.casebook.report.service.CorpusReports;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: it asserts nothing. Times the corpus report of a CA whose corpus holds
 * {@code corpus.report.bench.size} certificates (default 100,000), computed in the background as it is for a corpus
 * that size. Rows are written by JDBC batch as stored and analysed certificates (current lint and corpus check
 * versions, one in a hundred with a backdating finding and a late SCT, every row with one SCT and a lint finding),
 * issued by the CA's root in three intermediates' names. Run with bench/corpus/report.sh; the figures go to standard
 * output and target/corpus-report.txt.
 */
@Tag("measurement")
@QuarkusTest
class CorpusReportMeasurement {

    private static final String ROOT = "C=CN,O=Report Bench CA,CN=Report Bench Root";
    private static final int SIZE = Integer.getInteger("corpus.report.bench.size", 100_000);
    private static final int ROUNDS = Integer.getInteger("corpus.report.bench.rounds", 2);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();
    private static final Instant START = Instant.parse("2015-01-01T00:00:00Z");

    @Inject
    DataSource dataSource;

    @Inject
    CorpusTestStore store;

    @Inject
    CorpusReports reports;

    @Inject
    StoredCorpusFindings corpusFindings;

    @Inject
    CertificateLints lints;

    @Test
    void measure() throws Exception {
        store.ca("report-bench", "Report Bench CA", "CN", "Asia/Shanghai");
        store.storeForCa(TestPki.certificate().selfSignedRoot(ROOT).view(), "report-bench");
        long caId = store.inTransaction(() -> org.casebook.ca.CertificationAuthority.findBySlug("report-bench").orElseThrow().id);
        long insertStart = System.nanoTime();
        fill(caId, TestPki.certificate().issuer(ROOT).der());
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        StringBuilder report = new StringBuilder();
        report.append(String.format("corpus report, H2 in memory, %d certificates in the CA's corpus (rows written in %.1f s)%n", SIZE, insertSeconds));
        for (int round = 1; round <= ROUNDS; round++) {
            if (round > 1) {
                // A change to the corpus: the next request computes the report again.
                store.inTransaction(() -> org.casebook.evidence.StoredCertificate.getEntityManager()
                        .createNativeQuery("update corpus_state set arrivals = arrivals + 1 where id = 1").executeUpdate());
            }
            long start = System.nanoTime();
            CorpusReports.Answer answer = reports.report("report-bench");
            long firstAnswerMicros = (System.nanoTime() - start) / 1000;
            while (!answer.current()) {
                Thread.sleep(100);
                answer = reports.report("report-bench");
            }
            double wall = (System.nanoTime() - start) / 1e9;
            long reuseStart = System.nanoTime();
            reports.report("report-bench");
            long reuseMicros = (System.nanoTime() - reuseStart) / 1000;
            report.append(String.format("round %d: %d certificates, computed in %.1f s (background; %.1f s until the answer was current);"
                    + " first answer (202 with progress) after %d ms; reused answer after %d ms; %d backdated, %d finding codes%n",
                    round, answer.report().certificates(), answer.report().computedIn().toMillis() / 1e3, wall, firstAnswerMicros / 1000,
                    reuseMicros / 1000, answer.report().backdated().size(), answer.report().findings().size()));
        }
        report.append(String.format("load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip()));
        System.out.println(report);
        Files.writeString(Path.of("target/corpus-report.txt"), report.toString());
    }

    private void fill(long caId, byte[] filler) throws SQLException {
        String[] intermediates = {"C=CN,O=Report Bench CA,CN=Report Bench OV G2", "C=CN,O=Report Bench CA,CN=Report Bench DV G2",
            "C=CN,O=Report Bench CA,CN=Report Bench EV G2"};
        String[] hashes = Arrays.stream(intermediates).map(n -> CorpusKeys.nameHash(new X500Name(n))).toArray(String[]::new);
        String corpusVersion = store.inTransaction(corpusFindings::fingerprint);
        String lintVersion = lints.fingerprint();
        String certificate = "insert into certificate (id, sha256, der, subject, issuer, serialHex, serialBits, notBefore, notAfter, signatureAlgorithm,"
                + " keyAlgorithm, keySize, caCertificate, precertificate, issuerNameHash, authorityKeyId, subjectNameHash, spkiSha256, storedAt, storedBy,"
                + " corpusVersion, lintSetVersion, issuerCa_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SHA256withRSA', 'RSA', 2048, false, false, ?, ?, ?, ?, ?,"
                + " 'bench', ?, ?, ?)";
        long nextId = 2_000_000_000L;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(certificate);
                    PreparedStatement sct = connection.prepareStatement("insert into certificate_sct (position, certificate_id, timestamp, logId) values (0, ?, ?, ?)");
                    PreparedStatement lint = connection.prepareStatement("insert into certificate_finding (position, certificate_id, severity, code, citation, message)"
                            + " values (0, ?, 'notice', 'n_bench_lint', 'bench', 'a stored lint finding')");
                    PreparedStatement corpus = connection.prepareStatement("insert into certificate_corpus_finding (position, certificate_id, severity, code,"
                            + " citation, message) values (0, ?, 'warning', 'w_backdated_by_sct', 'RFC 6962', 'an SCT postdates notBefore by more than 48 hours')")) {
                for (int i = 0; i < SIZE; i++) {
                    long id = nextId++;
                    int which = RANDOM.nextInt(intermediates.length);
                    Instant notBefore = START.plusSeconds(RANDOM.nextInt(3 * 365 * 86400));
                    boolean backdated = RANDOM.nextInt(100) == 0;
                    insert.setLong(1, id);
                    insert.setString(2, HEX.formatHex(randomBytes(32)));
                    insert.setBytes(3, filler);
                    insert.setString(4, "CN=r" + i + ".report-bench.example");
                    insert.setString(5, intermediates[which]);
                    byte[] serial = randomBytes(16);
                    serial[0] &= 0x7f;
                    insert.setString(6, HEX.withUpperCase().formatHex(serial));
                    insert.setInt(7, new java.math.BigInteger(1, serial).bitLength());
                    insert.setTimestamp(8, Timestamp.from(notBefore));
                    insert.setTimestamp(9, Timestamp.from(notBefore.plusSeconds(365L * 86400)));
                    insert.setString(10, hashes[which]);
                    insert.setString(11, HEX.formatHex(randomBytes(20)));
                    insert.setString(12, HEX.formatHex(randomBytes(32)));
                    insert.setString(13, HEX.formatHex(randomBytes(32)));
                    insert.setTimestamp(14, Timestamp.from(Instant.now()));
                    insert.setString(15, corpusVersion);
                    insert.setString(16, lintVersion);
                    insert.setLong(17, caId);
                    insert.addBatch();
                    sct.setLong(1, id);
                    sct.setTimestamp(2, Timestamp.from(notBefore.plusSeconds(backdated ? 5 * 86400 : 60)));
                    sct.setString(3, "bench-log");
                    sct.addBatch();
                    lint.setLong(1, id);
                    lint.addBatch();
                    if (backdated) {
                        corpus.setLong(1, id);
                        corpus.addBatch();
                    }
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        sct.executeBatch();
                        lint.executeBatch();
                        corpus.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                sct.executeBatch();
                lint.executeBatch();
                corpus.executeBatch();
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
