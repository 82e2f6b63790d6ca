package org.casebook.evidence.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casebook.analysis.corpus.CaJurisdiction;
import org.casebook.analysis.corpus.CorpusCertificate;
import org.casebook.analysis.corpus.CorpusLookup;
import org.casebook.analysis.corpus.CorpusWork;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.EvidenceLink;

/**
 * The corpus questions answered from the certificate table's indexes (V1: issuer name + serial,
 * issuer name + notAfter, subject name + key; V4: issuer name + serial bits). Every query starts
 * with the leading column of one of them and reads a bounded number of rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PanacheCorpusLookup implements CorpusLookup {

    /** More rows than this for one serial or one subject and key would be a corpus of its own; the first ones tell the story. */
    public static final int MATCH_LIMIT = 100;

    private static final String CORPUS_COLUMNS = "c.sha256, c.subject, c.issuer, c.serialHex, c.notBefore, c.notAfter, c.precertificate,"
            + " c.caCertificate, c.issuerNameHash, c.subjectNameHash, c.spkiSha256, c.authorityKeyId, c.subjectKeyId, c.der,"
            + " a.slug, a.name, a.country, a.timeZone";
    private static final String CORPUS_FROM = " from StoredCertificate c left join c.ca a where ";
    /** Index of the certificate's id in a row of {@link #rowsWithIds}. */
    static final int ID = 18;

    @Override
    public List<CorpusCertificate> withIssuerAndSerial(String issuerNameHash, String serialHex) {
        return corpusRows("c.issuerNameHash = ?1 and c.serialHex = ?2", MATCH_LIMIT, issuerNameHash, serialHex);
    }

    @Override
    public List<CorpusCertificate> withSubjectAndKey(String subjectNameHash, String spkiSha256) {
        return corpusRows("c.subjectNameHash = ?1 and c.spkiSha256 = ?2", MATCH_LIMIT, subjectNameHash, spkiSha256);
    }

    @Override
    public List<CorpusCertificate> withSubject(String subjectNameHash, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return corpusRows("c.subjectNameHash = ?1", limit, subjectNameHash);
    }

    @Override
    public List<Instant> notBeforesExpiringAt(String issuerNameHash, Instant notAfter, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // No DISTINCT: it would make the database read the whole range before limiting.
        return Panache.getEntityManager()
                .createQuery("select c.notBefore from StoredCertificate c where c.issuerNameHash = ?1 and c.notAfter = ?2", Instant.class)
                .setParameter(1, issuerNameHash).setParameter(2, notAfter)
                .setMaxResults(limit).getResultList().stream().distinct().toList();
    }

    @Override
    public Optional<Integer> widestSerialBits(String issuerNameHash) {
        return Panache.getEntityManager()
                .createQuery("select c.serialBits from StoredCertificate c where c.issuerNameHash = ?1 and c.serialBits is not null"
                        + " order by c.serialBits desc", Integer.class)
                .setParameter(1, issuerNameHash).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public int countSerialsOfBits(String issuerNameHash, int minBits, int maxBits, int limit) {
        if (limit <= 0) {
            return 0;
        }
        return Panache.getEntityManager()
                .createQuery("select c.id from StoredCertificate c where c.issuerNameHash = ?1 and c.serialBits between ?2 and ?3", Long.class)
                .setParameter(1, issuerNameHash).setParameter(2, minBits).setParameter(3, maxBits)
                .setMaxResults(limit).getResultList().size();
    }

    @Override
    public Optional<CaJurisdiction> ca(String slug) {
        return CertificationAuthority.findBySlug(slug).map(PanacheCorpusLookup::toJurisdiction);
    }

    @Override
    public Optional<CaJurisdiction> caOfEvidence(String sha256) {
        return EvidenceLink.<EvidenceLink>find("certificate.sha256 = ?1 order by id", sha256).range(0, 0).firstResultOptional()
                .map(link -> toJurisdiction(link.issue.ca));
    }

    /** Rows one batch question may read; when more match, the caller asks its questions one by one instead. */
    static final int BATCH_ROW_LIMIT = 2000;

    /**
     * {@link #withSubject} for several subject names in one query, by subject name; empty when more rows match than
     * {@link #BATCH_ROW_LIMIT} (then ask one by one).
     */
    public Optional<java.util.Map<String, List<CorpusCertificate>>> withSubjects(java.util.Collection<String> subjectNameHashes, int limit) {
        List<Object[]> rows = rows("c.subjectNameHash in ?1", BATCH_ROW_LIMIT, List.copyOf(subjectNameHashes));
        if (rows.size() >= BATCH_ROW_LIMIT) {
            return Optional.empty();
        }
        java.util.Map<String, List<CorpusCertificate>> bySubject = new java.util.HashMap<>();
        for (String subject : subjectNameHashes) {
            bySubject.put(subject, new java.util.ArrayList<>());
        }
        for (Object[] row : rows) {
            List<CorpusCertificate> matches = bySubject.get((String) row[9]);
            if (matches != null && matches.size() < limit) {
                matches.add(toCorpus(row));
            }
        }
        bySubject.replaceAll((subject, matches) -> List.copyOf(matches));
        return Optional.of(bySubject);
    }

    /**
     * {@link #withIssuerAndSerial} for several serials of one issuer name in one query, by serial; empty when more rows
     * match than {@link #BATCH_ROW_LIMIT} (then ask one by one).
     */
    public Optional<java.util.Map<String, List<CorpusCertificate>>> withIssuerAndSerials(String issuerNameHash, java.util.Collection<String> serials) {
        List<Object[]> rows = rows("c.issuerNameHash = ?1 and c.serialHex in ?2", BATCH_ROW_LIMIT, issuerNameHash, List.copyOf(serials));
        if (rows.size() >= BATCH_ROW_LIMIT) {
            return Optional.empty();
        }
        java.util.Map<String, List<CorpusCertificate>> bySerial = new java.util.HashMap<>();
        for (String serial : serials) {
            bySerial.put(serial, new java.util.ArrayList<>());
        }
        for (Object[] row : rows) {
            List<CorpusCertificate> matches = bySerial.get((String) row[3]);
            if (matches != null && matches.size() < MATCH_LIMIT) {
                matches.add(toCorpus(row));
            }
        }
        bySerial.replaceAll((serial, matches) -> List.copyOf(matches));
        return Optional.of(bySerial);
    }

    /**
     * {@link #withSubjectAndKey} for several subject names and keys in one query, by the pair {@code subjectNameHash + " "
     * + spkiSha256}; empty when more rows match than {@link #BATCH_ROW_LIMIT}.
     */
    public Optional<java.util.Map<String, List<CorpusCertificate>>> withSubjectsAndKeys(java.util.Collection<String> subjectNameHashes,
            java.util.Collection<String> spkiSha256s, java.util.Collection<String> pairs) {
        List<Object[]> rows = rows("c.subjectNameHash in ?1 and c.spkiSha256 in ?2", BATCH_ROW_LIMIT, List.copyOf(subjectNameHashes),
                List.copyOf(spkiSha256s));
        if (rows.size() >= BATCH_ROW_LIMIT) {
            return Optional.empty();
        }
        java.util.Map<String, List<CorpusCertificate>> byPair = new java.util.HashMap<>();
        for (String pair : pairs) {
            byPair.put(pair, new java.util.ArrayList<>());
        }
        for (Object[] row : rows) {
            List<CorpusCertificate> matches = byPair.get(row[9] + " " + row[10]);
            if (matches != null && matches.size() < MATCH_LIMIT) {
                matches.add(toCorpus(row));
            }
        }
        byPair.replaceAll((pair, matches) -> List.copyOf(matches));
        return Optional.of(byPair);
    }

    /**
     * The notBefore values (one per row, repeats kept) of certificates from this issuer name expiring at each of these
     * instants, in one query; empty when more rows match than {@link #BATCH_ROW_LIMIT}.
     */
    public Optional<java.util.Map<Instant, List<Instant>>> notBeforesExpiringAtEach(String issuerNameHash, java.util.Collection<Instant> notAfters) {
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery("select c.notAfter, c.notBefore from StoredCertificate c where c.issuerNameHash = ?1 and c.notAfter in ?2", Object[].class)
                .setParameter(1, issuerNameHash).setParameter(2, List.copyOf(notAfters))
                .setMaxResults(BATCH_ROW_LIMIT).getResultList();
        if (rows.size() >= BATCH_ROW_LIMIT) {
            return Optional.empty();
        }
        java.util.Map<Instant, List<Instant>> byNotAfter = new java.util.HashMap<>();
        for (Instant notAfter : notAfters) {
            byNotAfter.put(notAfter, new java.util.ArrayList<>());
        }
        for (Object[] row : rows) {
            List<Instant> notBefores = byNotAfter.get((Instant) row[0]);
            if (notBefores != null) {
                notBefores.add((Instant) row[1]);
            }
        }
        return Optional.of(byNotAfter);
    }

    /**
     * {@link #caOfEvidence} for several certificates in one query, by SHA-256 (absent: evidence for no issue); empty when
     * more links match than {@link #BATCH_ROW_LIMIT}.
     */
    public Optional<java.util.Map<String, CaJurisdiction>> casOfEvidence(java.util.Collection<String> sha256s) {
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery("select l.certificate.sha256, a.slug, a.name, a.country, a.timeZone from EvidenceLink l join l.issue i join i.ca a"
                        + " where l.certificate.sha256 in ?1 order by l.id", Object[].class)
                .setParameter(1, List.copyOf(sha256s)).setMaxResults(BATCH_ROW_LIMIT).getResultList();
        if (rows.size() >= BATCH_ROW_LIMIT) {
            return Optional.empty();
        }
        java.util.Map<String, CaJurisdiction> bySha256 = new java.util.HashMap<>();
        for (Object[] row : rows) {
            bySha256.putIfAbsent((String) row[0], new CaJurisdiction((String) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return Optional.of(bySha256);
    }

    /**
     * Matching certificates as plain values, in the order they were stored: a projection, so that no entity is
     * loaded (or dirty-checked at the next flush) for a row a check only reads.
     */
    private static List<CorpusCertificate> corpusRows(String condition, int limit, Object... parameters) {
        return rows(condition, limit, parameters).stream().map(PanacheCorpusLookup::toCorpus).toList();
    }

    private static List<Object[]> rows(String condition, int limit, Object... parameters) {
        return read(CORPUS_COLUMNS, condition, limit, parameters);
    }

    /** As {@link #rows}, with each certificate's id last ({@link #ID}), in id order. */
    static List<Object[]> rowsWithIds(String condition, int limit, Object... parameters) {
        return read(CORPUS_COLUMNS + ", c.id", condition, limit, parameters);
    }

    private static List<Object[]> read(String columns, String condition, int limit, Object... parameters) {
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery("select " + columns + CORPUS_FROM + condition + " order by c.id",
                Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> found = query.setMaxResults(limit).getResultList();
        CorpusWork.rowsRead(found.size());
        return found;
    }

    /** A stored (or about to be stored) certificate as the corpus checks read it, without a query. */
    static CorpusCertificate toCorpus(org.casebook.evidence.StoredCertificate c) {
        CaJurisdiction ca = c.ca == null ? null : toJurisdiction(c.ca);
        return new CorpusCertificate(c.sha256, c.subject, c.issuer, c.serialHex, c.notBefore, c.notAfter, c.precertificate, c.caCertificate,
                c.issuerNameHash, c.subjectNameHash, c.spkiSha256, c.authorityKeyId, c.subjectKeyId, c.der, ca);
    }

    static CorpusCertificate toCorpus(Object[] row) {
        CaJurisdiction ca = row[14] == null ? null : new CaJurisdiction((String) row[14], (String) row[15], (String) row[16], (String) row[17]);
        return new CorpusCertificate((String) row[0], (String) row[1], (String) row[2], (String) row[3], (Instant) row[4],
                (Instant) row[5], (Boolean) row[6], (Boolean) row[7], (String) row[8], (String) row[9], (String) row[10],
                (String) row[11], (String) row[12], (byte[]) row[13], ca);
    }

    public static CaJurisdiction toJurisdiction(CertificationAuthority ca) {
        return new CaJurisdiction(ca.slug, ca.name, ca.country, ca.timeZone);
    }
}
