package org.casebook.support;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import org.casebook.search.CertificateNames;

/**
 * Certificate rows in bulk for measuring and planning queries at scale: the columns a search reads (names, serial,
 * dates) and a filler DER, written straight into {@code certificate} with the {@code certificate_name} and
 * {@code issuer_name_word} rows an upload would store ({@link CertificateNames#of}). Certificate {@code i}'s fields are functions of {@code i}, so a query
 * can be made for any stored one. Not for tests that parse certificates: those use TestPki.
 */
public final class SyntheticCertificates {

    /** Hosts are spread over this many domains: "under .dN.bench.example" finds about stored / DOMAINS certificates. */
    public static final int DOMAINS = 1000;
    /** Ids far above those the application allocates. */
    public static final long FIRST_ID = 2_000_000_000L;
    private static final String[] ISSUERS = {"/C=CN/O=WoSign CA Limited/CN=WoSign CA Free SSL Certificate G2",
        "/C=IL/O=StartCom Ltd./OU=Secure Digital Certificate Signing/CN=StartCom Class 1 DV Server CA",
        "/C=PL/O=Unizeto Technologies S.A./OU=Certum Certification Authority/CN=Certum Domain Validation CA SHA2",
        "/C=US/O=Bench Trust/CN=Bench Trust RSA Issuing CA 7"};
    private static final Instant START = Instant.parse("2015-01-01T00:00:00Z");
    private static final int BATCH = 2000;

    private SyntheticCertificates() {
    }

    public static String sha256(int i) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("bench-certificate-" + i).getBytes());
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every second serial has its top bit set, so that it is stored with a leading zero octet. */
    public static String serialHex(int i) {
        BigInteger serial = new BigInteger(1, HexFormat.of().parseHex(sha256(i).substring(0, 32)));
        serial = i % 2 == 0 ? serial.setBit(127) : serial.clearBit(127);
        return HexFormat.of().withUpperCase().formatHex(serial.toByteArray());
    }

    public static String host(int i) {
        return "h" + i + ".d" + (i % DOMAINS) + ".bench.example";
    }

    public static String domain(int i) {
        return "d" + (i % DOMAINS) + ".bench.example";
    }

    /** Every tenth certificate has an IP address. */
    public static String ip(int i) {
        return "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
    }

    /** Seven in ten are issued by WoSign's free SSL intermediate. */
    static String issuer(int i) {
        return ISSUERS[issuerIndex(i)];
    }

    private static int issuerIndex(int i) {
        return i % 10 < 7 ? 0 : 1 + i % 3;
    }

    /** The issuer name hash of certificate {@code i}'s issuer. */
    public static String issuerNameHash(int i) {
        return sha256(-1 - issuerIndex(i));
    }

    /**
     * Stores certificates {@code from} (inclusive) to {@code to} (exclusive) with their index rows on {@code connection},
     * committing every few thousand when {@code commit} (else the caller's transaction holds them all).
     */
    public static void insert(Connection connection, int from, int to, boolean commit) throws SQLException {
        String certificateSql = "insert into certificate (id, sha256, der, subject, issuer, serialHex, serialBits, notBefore, notAfter,"
                + " signatureAlgorithm, keyAlgorithm, keySize, caCertificate, precertificate, issuerNameHash, subjectNameHash, spkiSha256,"
                + " subjectAltNames, storedAt, storedBy)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SHA256withRSA', 'EC', 256, false, false, ?, ?, ?, ?, ?, 'bench')";
        String nameSql = "insert into certificate_name (certificate_id, kind, name, reversed) values (?, ?, ?, ?)";
        byte[] filler = new byte[100];
        try (PreparedStatement certificates = connection.prepareStatement(certificateSql);
                PreparedStatement names = connection.prepareStatement(nameSql)) {
            int batch = 0;
            for (int i = from; i < to; i++) {
                long id = FIRST_ID + i;
                String subject = "/CN=" + host(i);
                String sans = "DNS:" + host(i) + (i % 10 == 0 ? "\nIP:" + ip(i) : "") + (i % 50 == 0 ? "\nDNS:*." + domain(i) : "");
                Instant notBefore = START.plusSeconds(i * 97L % (3L * 365 * 86400));
                String serial = serialHex(i);
                certificates.setLong(1, id);
                certificates.setString(2, sha256(i));
                certificates.setBytes(3, filler);
                certificates.setString(4, subject);
                certificates.setString(5, issuer(i));
                certificates.setString(6, serial);
                certificates.setInt(7, new BigInteger(serial, 16).bitLength());
                certificates.setTimestamp(8, Timestamp.from(notBefore));
                certificates.setTimestamp(9, Timestamp.from(notBefore.plusSeconds(365L * 86400)));
                certificates.setString(10, issuerNameHash(i));
                certificates.setString(11, sha256(i).substring(0, 63) + "s");
                certificates.setString(12, sha256(i).substring(0, 63) + "k");
                certificates.setString(13, sans);
                certificates.setTimestamp(14, Timestamp.from(START));
                certificates.addBatch();
                for (CertificateNames.IndexedName name : CertificateNames.of(subject, serial, sans)) {
                    names.setLong(1, id);
                    names.setString(2, name.kind().name());
                    names.setString(3, name.name());
                    names.setString(4, name.reversed());
                    names.addBatch();
                }
                if (++batch == BATCH) {
                    certificates.executeBatch();
                    names.executeBatch();
                    if (commit) {
                        connection.commit();
                    }
                    batch = 0;
                }
            }
            certificates.executeBatch();
            names.executeBatch();
            insertIssuerWords(connection);
            if (commit) {
                connection.commit();
            }
        }
    }

    /** The issuer names' words, as CertificateNameIndex stores them, for those of the four issuers without them. */
    private static void insertIssuerWords(Connection connection) throws SQLException {
        try (PreparedStatement known = connection.prepareStatement("select count(*) from issuer_name_word where issuerNameHash = ?");
                PreparedStatement insert = connection.prepareStatement("insert into issuer_name_word (issuerNameHash, word) values (?, ?)")) {
            for (int issuer = 0; issuer < ISSUERS.length; issuer++) {
                String hash = sha256(-1 - issuer);
                known.setString(1, hash);
                try (java.sql.ResultSet count = known.executeQuery()) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        continue;
                    }
                }
                for (String word : CertificateNames.issuerWords(ISSUERS[issuer])) {
                    insert.setString(1, hash);
                    insert.setString(2, word);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
