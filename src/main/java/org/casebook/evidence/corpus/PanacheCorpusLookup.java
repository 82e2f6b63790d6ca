package org.casebook.evidence.corpus;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casebook.analysis.corpus.CaJurisdiction;
import org.casebook.analysis.corpus.CorpusCertificate;
import org.casebook.analysis.corpus.CorpusLookup;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;

/**
 * The corpus questions answered from the certificate table's indexes (V1: issuer name + serial,
 * issuer name + notAfter, subject name + key; V4: issuer name + serial bits). Every query starts
 * with the leading column of one of them and reads a bounded number of rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PanacheCorpusLookup implements CorpusLookup {

    /** More rows than this for one serial or one subject and key would be a corpus of its own; the first ones tell the story. */
    static final int MATCH_LIMIT = 100;

    @Override
    public List<CorpusCertificate> withIssuerAndSerial(String issuerNameHash, String serialHex) {
        return StoredCertificate.<StoredCertificate>find("issuerNameHash = ?1 and serialHex = ?2 order by id", issuerNameHash, serialHex)
                .range(0, MATCH_LIMIT - 1).list().stream().map(PanacheCorpusLookup::toCorpus).toList();
    }

    @Override
    public List<CorpusCertificate> withSubjectAndKey(String subjectNameHash, String spkiSha256) {
        return StoredCertificate.<StoredCertificate>find("subjectNameHash = ?1 and spkiSha256 = ?2 order by id", subjectNameHash, spkiSha256)
                .range(0, MATCH_LIMIT - 1).list().stream().map(PanacheCorpusLookup::toCorpus).toList();
    }

    @Override
    public List<CorpusCertificate> withSubject(String subjectNameHash, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return StoredCertificate.<StoredCertificate>find("subjectNameHash = ?1 order by id", subjectNameHash)
                .range(0, limit - 1).list().stream().map(PanacheCorpusLookup::toCorpus).toList();
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

    static CorpusCertificate toCorpus(StoredCertificate c) {
        return new CorpusCertificate(c.sha256, c.subject, c.issuer, c.serialHex, c.notBefore, c.notAfter, c.precertificate,
                c.caCertificate, c.issuerNameHash, c.subjectNameHash, c.spkiSha256, c.authorityKeyId, c.subjectKeyId, c.der,
                c.ca == null ? null : toJurisdiction(c.ca));
    }

    static CaJurisdiction toJurisdiction(CertificationAuthority ca) {
        return new CaJurisdiction(ca.slug, ca.name, ca.country, ca.timeZone);
    }
}
