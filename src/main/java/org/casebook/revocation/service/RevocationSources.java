package org.casebook.revocation.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.casebook.revocation.RevocationStatus;
import org.casebook.revocation.StoredCrl;
import org.casebook.revocation.StoredOcspResponse;
import org.casebook.web.ApiException;
import org.hibernate.Session;

/** CRLs and OCSP responses on file as their pages read them: the stored fields, findings, and the first entries. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class RevocationSources {

    /** Entries a page lists; the count says how many more there are. */
    public static final int ENTRIES_SHOWN = 1000;

    @Inject
    EntityManager em;

    /** One entry as pages show it; {@code status} is revoked, good or unknown (OCSP). */
    public record EntryRow(String serialHex, String status, Instant revokedAt, Integer reasonCode, Instant thisUpdate, Instant nextUpdate) {
        public String reason() {
            return RevocationStatus.reasonName(reasonCode);
        }
    }

    public record CrlPage(StoredCrl crl, String issuerCertificateSha256, String issuerCertificateSubject, long storedEntries,
            List<EntryRow> entries) {
    }

    public record OcspPage(StoredOcspResponse response, String issuerCertificateSha256, String issuerCertificateSubject,
            List<EntryRow> entries) {
    }

    public CrlPage crl(String sha256) {
        StoredCrl crl = StoredCrl.findBySha256(check(sha256)).orElseThrow(() -> ApiException.notFound("no CRL with SHA-256 " + sha256 + " on file"));
        crl.findings.size();
        List<EntryRow> entries = new ArrayList<>();
        long[] count = new long[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select count(*) from crl_entry where crl_id = ?")) {
                query.setLong(1, crl.id);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    count[0] = rows.getLong(1);
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "select serialHex, revokedAt, reasonCode from crl_entry where crl_id = ? order by revokedAt, serialHex")) {
                query.setLong(1, crl.id);
                query.setMaxRows(ENTRIES_SHOWN);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int reason = rows.getInt(3);
                        entries.add(new EntryRow(rows.getString(1), "revoked", rows.getObject(2, OffsetDateTime.class).toInstant(),
                                rows.wasNull() ? null : reason, null, null));
                    }
                }
            }
        });
        return new CrlPage(crl, crl.issuerCertificate.sha256, crl.issuerCertificate.subject, count[0], entries);
    }

    public OcspPage ocspResponse(String sha256) {
        StoredOcspResponse response = StoredOcspResponse.findBySha256(check(sha256))
                .orElseThrow(() -> ApiException.notFound("no OCSP response with SHA-256 " + sha256 + " on file"));
        response.findings.size();
        List<EntryRow> entries = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select serialHex, certStatus, revokedAt, reasonCode, thisUpdate,"
                    + " nextUpdate from ocsp_entry where response_id = ? order by serialHex")) {
                query.setLong(1, response.id);
                query.setMaxRows(ENTRIES_SHOWN);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        OffsetDateTime revokedAt = rows.getObject(3, OffsetDateTime.class);
                        int reason = rows.getInt(4);
                        Integer reasonCode = rows.wasNull() ? null : reason;
                        OffsetDateTime next = rows.getObject(6, OffsetDateTime.class);
                        entries.add(new EntryRow(rows.getString(1), rows.getString(2), revokedAt == null ? null : revokedAt.toInstant(),
                                reasonCode, rows.getObject(5, OffsetDateTime.class).toInstant(), next == null ? null : next.toInstant()));
                    }
                }
            }
        });
        return new OcspPage(response, response.issuerCertificate.sha256, response.issuerCertificate.subject, entries);
    }

    private static String check(String sha256) {
        if (!sha256.matches("[0-9a-fA-F]{64}")) {
            throw ApiException.badRequest("sha256: expected 64 hex digits");
        }
        return sha256.toLowerCase();
    }
}
