package org.casebook.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.evidence.StoredCertificate;
import org.casebook.revocation.RevocationItems;
import org.casebook.revocation.RevocationStatus;
import org.casebook.revocation.service.RevocationStatuses;
import org.casebook.revocation.service.RevocationUploads;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestCrl;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: it asserts nothing but that the statuses came out as built. A CRL of 1,000,000 entries
 * is filed (parse, lint, signature, batch insert of the entries) and applied to 100,000 certificates on file of its
 * issuer, 50,000 of which it lists. Run with bench/revocation/run.sh (or {@code ./mvnw test -Pmeasurement
 * -Dtest=RevocationScaleMeasurement}); the numbers go to standard output and target/revocation-scale.txt.
 */
@Tag("measurement")
@QuarkusTest
class RevocationScaleMeasurement {

    private static final String ISSUER = "C=US,O=Revocation Bench CA,CN=Revocation Bench CA R1";
    private static final int CERTIFICATES = Integer.getInteger("revocation.bench.certificates", 100_000);
    private static final int ENTRIES = Integer.getInteger("revocation.bench.entries", 1_000_000);
    private static final long FIRST_SERIAL = 1_000_000_000L;
    private static final HexFormat HEX = HexFormat.of();

    @Inject
    DataSource dataSource;

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    RevocationUploads uploads;

    @Inject
    RevocationStatuses statuses;

    @Test
    void measure() throws Exception {
        KeyPair key = TestPki.newRsaKey();
        byte[] caDer = TestPki.certificate().selfSignedRoot(ISSUER).subjectKey(key).der();
        caseFiles.storeCertificate(caDer);
        CertificateView ca = CertificateView.of(caDer);
        long fillStart = System.nanoTime();
        fill(CorpusKeys.subjectNameHash(ca), CorpusKeys.keyIdentifier(ca.subjectKeyIdentifier()),
                TestPki.certificate().issuer(ISSUER).issuerKey(key).der());
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;

        long buildStart = System.nanoTime();
        TestCrl crl = TestPki.crl().issuer(ISSUER, key).thisUpdate("2017-01-02T00:00:00Z").nextUpdate("2017-01-09T00:00:00Z");
        int listed = 0;
        for (int i = 0; i < ENTRIES; i++) {
            // every other certificate on file is listed; the rest of the entries are serials nobody here holds
            boolean onFile = i < CERTIFICATES / 2;
            long serial = onFile ? FIRST_SERIAL + 2L * i : 50_000_000_000L + i;
            listed += onFile ? 1 : 0;
            if (i % 2 == 0) {
                crl.revoked(serial, "2016-12-01T00:00:00Z", 4);
            } else {
                crl.revoked(serial, "2016-12-02T00:00:00Z");
            }
        }
        byte[] der = crl.der();
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        crl = null;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        long uploadStart = System.nanoTime();
        List<RevocationUploads.Outcome> outcomes = uploads.store(
                List.of(new RevocationItems.Item("bench CRL", RevocationItems.Kind.CRL, der, null)), "bench");
        double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
        long uploadPeak = peak.getAndSet(memory.getHeapMemoryUsage().getUsed());
        if (!outcomes.get(0).accepted()) {
            throw new IllegalStateException("the bench CRL was refused: " + outcomes.get(0).reason());
        }

        long loadStart = System.nanoTime();
        double[] applySeconds = new double[1];
        Map<String, Long> counts = QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
            List<StoredCertificate> certificates = StoredCertificate.list("issuerNameHash = ?1 and caCertificate = false",
                    CorpusKeys.subjectNameHash(ca));
            long applyStart = System.nanoTime();
            Map<Long, RevocationStatus> result = statuses.of(certificates);
            applySeconds[0] = (System.nanoTime() - applyStart) / 1e9;
            return result.values().stream().collect(java.util.stream.Collectors.groupingBy(s -> s.state().name(),
                    java.util.stream.Collectors.counting()));
        });
        double loadAndApplySeconds = (System.nanoTime() - loadStart) / 1e9;
        long applyPeak = peak.get();
        sampler.interrupt();
        if (counts.getOrDefault("REVOKED", 0L) != listed || counts.getOrDefault("NOT_REVOKED", 0L) != CERTIFICATES - listed) {
            throw new IllegalStateException("unexpected statuses " + counts);
        }

        String report = String.format("revocation at scale, H2 in memory, %s%n", Instant.now())
                + String.format("CRL: %,d entries, %,d bytes DER (built by the test PKI in %.1f s)%n", ENTRIES, der.length, buildSeconds)
                + String.format("certificates on file of its issuer: %,d (inserted in %.1f s); listed on the CRL: %,d%n", CERTIFICATES, fillSeconds, listed)
                + String.format("file the CRL (parse, lint, verify, store %,d entry rows): %.1f s, heap peak %,d MB above a %,d MB baseline%n",
                        ENTRIES, uploadSeconds, (uploadPeak - baseline) >> 20, baseline >> 20)
                + String.format("apply it to %,d certificates: %.1f s for the statuses (%.1f s with loading the entities), heap peak %,d MB above baseline%n",
                        CERTIFICATES, applySeconds[0], loadAndApplySeconds, (applyPeak - baseline) >> 20)
                + "statuses: " + counts + "\n";
        System.out.println(report);
        Files.writeString(Path.of("target/revocation-scale.txt"), report);
    }

    /** {@link #CERTIFICATES} rows of the issuer, serials FIRST_SERIAL + i, with its key identifier as authority key. */
    private void fill(String issuerNameHash, String authorityKeyId, byte[] filler) throws SQLException {
        String sql = "insert into certificate (id, sha256, der, subject, issuer, serialHex, serialBits, notBefore, notAfter, signatureAlgorithm,"
                + " keyAlgorithm, keySize, caCertificate, precertificate, issuerNameHash, authorityKeyId, subjectNameHash, spkiSha256, storedAt, storedBy)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SHA256withRSA', 'RSA', 2048, false, false, ?, ?, ?, ?, ?, 'bench')";
        java.util.Random random = new java.util.Random(16);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < CERTIFICATES; i++) {
                    BigInteger serial = BigInteger.valueOf(FIRST_SERIAL + i);
                    byte[] sha = new byte[32];
                    random.nextBytes(sha);
                    insert.setLong(1, 2_000_000_000L + i);
                    insert.setString(2, HEX.formatHex(sha));
                    insert.setBytes(3, filler);
                    insert.setString(4, "CN=r" + i + ".revocation-bench.example");
                    insert.setString(5, ISSUER);
                    insert.setString(6, HEX.withUpperCase().formatHex(serial.toByteArray()));
                    insert.setInt(7, serial.bitLength());
                    insert.setTimestamp(8, Timestamp.from(Instant.parse("2016-06-01T00:00:00Z")));
                    insert.setTimestamp(9, Timestamp.from(Instant.parse("2017-06-01T00:00:00Z")));
                    insert.setString(10, issuerNameHash);
                    insert.setString(11, authorityKeyId);
                    insert.setString(12, HEX.formatHex(sha));
                    insert.setString(13, HEX.formatHex(sha));
                    insert.setTimestamp(14, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }
}
