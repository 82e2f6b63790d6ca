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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.Signatures;
import org.casebook.evidence.StoredCertificate;
import org.casebook.revocation.RevocationStatus;
import org.casebook.revocation.StoredCrl;
import org.casebook.revocation.StoredOcspResponse;
import org.hibernate.Session;

/**
 * The revocation status of certificates on file from every CRL and OCSP response on file of their issuer. A source is
 * a certificate's when its issuer certificate has the certificate's issuer name (hash) and the certificate's key: the
 * authorityKeyIdentifier equals the issuer's subjectKeyIdentifier, or, when either is missing, the issuer's key verifies
 * the certificate's signature. A certificate revoked by several sources is shown with the earliest revocation.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class RevocationStatuses {

    /** Serial numbers per lookup query: the IN list stays short enough for both databases' planners. */
    private static final int SERIALS_PER_QUERY = 500;

    @Inject
    EntityManager em;

    /** A source of one issuer (name and key): a CRL, or an OCSP response, with the time it speaks for. */
    private record Source(long id, String kind, String sha256, Instant asOf, String issuerNameHash, String issuerKeyId,
            long issuerCertificateId) {
    }

    public RevocationStatus of(StoredCertificate certificate) {
        return of(List.of(certificate), true).getOrDefault(certificate.id, RevocationStatus.UNKNOWN);
    }

    /** The status of each certificate (by id) from CRLs and OCSP responses. */
    public Map<Long, RevocationStatus> of(Collection<StoredCertificate> certificates) {
        return of(certificates, true);
    }

    /** The status of each certificate from the CRLs on file only (cross-signs: what a CRL of the source says). */
    public Map<Long, RevocationStatus> fromCrls(Collection<StoredCertificate> certificates) {
        return of(certificates, false);
    }

    private Map<Long, RevocationStatus> of(Collection<StoredCertificate> certificates, boolean withOcsp) {
        Map<Long, RevocationStatus> statuses = new HashMap<>();
        if (certificates.isEmpty()) {
            return statuses;
        }
        Set<String> issuerNames = new LinkedHashSet<>();
        certificates.forEach(c -> issuerNames.add(c.issuerNameHash));
        List<Source> sources = new ArrayList<>();
        for (List<String> names : chunks(new ArrayList<>(issuerNames), SERIALS_PER_QUERY)) {
            for (StoredCrl crl : StoredCrl.<StoredCrl>list("issuerNameHash in ?1", names)) {
                sources.add(new Source(crl.id, "crl", crl.sha256, crl.thisUpdate, crl.issuerNameHash, crl.issuerKeyId,
                        crl.issuerCertificate.id));
            }
            if (withOcsp) {
                List<StoredOcspResponse> responses = StoredOcspResponse.list("issuerCertificate.subjectNameHash in ?1", names);
                for (StoredOcspResponse response : responses) {
                    sources.add(new Source(response.id, "ocsp", response.sha256, response.producedAt,
                            response.issuerCertificate.subjectNameHash, response.issuerCertificate.subjectKeyId, response.issuerCertificate.id));
                }
            }
        }
        if (sources.isEmpty()) {
            certificates.forEach(c -> statuses.put(c.id, RevocationStatus.UNKNOWN));
            return statuses;
        }
        KeyMatcher keys = new KeyMatcher();
        Map<Long, List<Source>> covering = new HashMap<>();
        for (StoredCertificate certificate : certificates) {
            List<Source> own = new ArrayList<>();
            for (Source source : sources) {
                if (source.issuerNameHash.equals(certificate.issuerNameHash) && keys.issued(source, certificate)) {
                    own.add(source);
                }
            }
            covering.put(certificate.id, own);
        }
        Map<String, List<Entry>> entries = entries(certificates, sources, withOcsp);
        for (StoredCertificate certificate : certificates) {
            statuses.put(certificate.id, status(covering.get(certificate.id), entries.getOrDefault(certificate.serialHex, List.of())));
        }
        return statuses;
    }

    private static RevocationStatus status(List<Source> covering, List<Entry> entries) {
        if (covering.isEmpty()) {
            return RevocationStatus.UNKNOWN;
        }
        Map<String, Source> byKey = new HashMap<>();
        covering.forEach(s -> byKey.put(s.kind + s.id, s));
        RevocationStatus revoked = null;
        Source newestGood = null;
        for (Entry entry : entries) {
            Source source = byKey.get(entry.kind + entry.sourceId);
            if (source == null) {
                continue; // an entry of another issuer's source with the same serial
            }
            if (entry.revokedAt != null && (revoked == null || entry.revokedAt.isBefore(revoked.revokedAt()))) {
                revoked = new RevocationStatus(RevocationStatus.State.REVOKED, source.kind, source.sha256, source.asOf,
                        entry.revokedAt, entry.reasonCode);
            }
            if (entry.revokedAt == null && "ocsp".equals(entry.kind) && entry.good
                    && (newestGood == null || source.asOf.isAfter(newestGood.asOf))) {
                newestGood = source;
            }
        }
        if (revoked != null) {
            return revoked;
        }
        // A CRL covers every certificate of its issuer; an OCSP response only those it names as good.
        Source newest = newestGood;
        for (Source source : covering) {
            if (source.kind.equals("crl") && (newest == null || source.asOf.isAfter(newest.asOf))) {
                newest = source;
            }
        }
        return newest == null ? RevocationStatus.UNKNOWN
                : new RevocationStatus(RevocationStatus.State.NOT_REVOKED, newest.kind, newest.sha256, newest.asOf, null, null);
    }

    private record Entry(String kind, long sourceId, Instant revokedAt, Integer reasonCode, boolean good) {
    }

    /** The entries of the given sources that name one of the certificates' serial numbers, by serial. */
    private Map<String, List<Entry>> entries(Collection<StoredCertificate> certificates, List<Source> sources, boolean withOcsp) {
        List<Long> crlIds = sources.stream().filter(s -> s.kind.equals("crl")).map(Source::id).toList();
        List<Long> responseIds = sources.stream().filter(s -> s.kind.equals("ocsp")).map(Source::id).toList();
        List<String> serials = certificates.stream().map(c -> c.serialHex).distinct().toList();
        Map<String, List<Entry>> bySerial = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            for (List<String> chunk : chunks(serials, SERIALS_PER_QUERY)) {
                if (!crlIds.isEmpty()) {
                    read(connection, "select crl_id, serialHex, revokedAt, reasonCode, 'revoked' from crl_entry where crl_id in ("
                            + marks(crlIds.size()) + ") and serialHex in (" + marks(chunk.size()) + ")", crlIds, chunk, "crl", bySerial);
                }
                if (withOcsp && !responseIds.isEmpty()) {
                    read(connection, "select response_id, serialHex, revokedAt, reasonCode, certStatus from ocsp_entry where response_id in ("
                            + marks(responseIds.size()) + ") and serialHex in (" + marks(chunk.size()) + ")", responseIds, chunk, "ocsp", bySerial);
                }
            }
        });
        return bySerial;
    }

    private static void read(java.sql.Connection connection, String sql, List<Long> ids, List<String> serials, String kind,
            Map<String, List<Entry>> out) throws java.sql.SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int at = 1;
            for (Long id : ids) {
                query.setLong(at++, id);
            }
            for (String serial : serials) {
                query.setString(at++, serial);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime revokedAt = rows.getObject(3, OffsetDateTime.class);
                    int reason = rows.getInt(4);
                    Integer reasonCode = rows.wasNull() ? null : reason;
                    String state = rows.getString(5);
                    out.computeIfAbsent(rows.getString(2), s -> new ArrayList<>()).add(new Entry(kind, rows.getLong(1),
                            revokedAt == null ? null : revokedAt.toInstant(), reasonCode, "good".equals(state)));
                }
            }
        }
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /** Whether a source's issuer holds the key a certificate was issued under; signature checks are cached per pair. */
    private static final class KeyMatcher {
        private final Map<Long, SubjectPublicKeyInfo> issuerKeys = new HashMap<>();
        private final Map<String, Boolean> verified = new HashMap<>();

        boolean issued(Source source, StoredCertificate certificate) {
            if (certificate.authorityKeyId != null && source.issuerKeyId != null) {
                return certificate.authorityKeyId.equalsIgnoreCase(source.issuerKeyId);
            }
            return verified.computeIfAbsent(certificate.id + "/" + source.issuerCertificateId, k -> {
                SubjectPublicKeyInfo key = issuerKeys.computeIfAbsent(source.issuerCertificateId, id -> {
                    StoredCertificate issuer = StoredCertificate.findById(id);
                    try {
                        return CertificateView.of(issuer.der).publicKeyInfo();
                    } catch (CertificateParseException e) {
                        return null;
                    }
                });
                try {
                    return key != null && Signatures.verifies(CertificateView.of(certificate.der), key);
                } catch (CertificateParseException e) {
                    return false;
                }
            });
        }
    }
}
