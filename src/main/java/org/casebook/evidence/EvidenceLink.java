package org.casebook.evidence;

import java.util.Map;
import java.util.function.Function;
import org.casebook.storage.AuditedFields;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.casebook.issue.Issue;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A certificate filed as evidence for an issue, with the reviewer's note on what it shows. */
@Entity
@Table(name = "evidence_link", uniqueConstraints = @UniqueConstraint(name = "uk_evidence_issue_certificate", columnNames = {"issue_id", "certificate_id"}))
@Audited
public class EvidenceLink extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<EvidenceLink, Object>> AUDITED_FIELDS = AuditedFields.of(EvidenceLink.class)
            .with("certificate", e -> e.certificate == null ? null : e.certificate.sha256)
            .with("note", e -> e.note)
            .asMap();

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public Issue issue;

    @ManyToOne(optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public StoredCertificate certificate;

    @Column(length = 4096)
    public String note;

    @Column(length = 128)
    public String addedBy;

    @Column(nullable = false)
    public Instant addedAt;

    public static List<EvidenceLink> forIssue(Issue issue) {
        return list("select l from EvidenceLink l join fetch l.certificate where l.issue = ?1 order by l.addedAt, l.id", issue);
    }

    /** One page of an issue's links in the order of {@link #forIssue}: {@code size} links from {@code offset}. */
    public static List<EvidenceLink> forIssue(Issue issue, int offset, int size) {
        return find("select l from EvidenceLink l join fetch l.certificate where l.issue = ?1 order by l.addedAt, l.id", issue)
                .range(offset, offset + size - 1).list();
    }

    public static long countForIssue(Issue issue) {
        return count("issue", issue);
    }

    /** How many of an issue's evidence certificates carry each stored finding code: the most common first. */
    public record FindingCount(String code, String severity, long certificates) {
    }

    public static List<FindingCount> findingCounts(Issue issue) {
        return getEntityManager().createQuery("select f.code, f.severity, count(distinct c.id) from EvidenceLink l join l.certificate c"
                + " join c.findings f where l.issue = ?1 group by f.code, f.severity order by count(distinct c.id) desc, f.code", Object[].class)
                .setParameter(1, issue).getResultList().stream()
                .map(row -> new FindingCount((String) row[0], (String) row[1], (Long) row[2])).toList();
    }

    public static List<EvidenceLink> forCertificate(StoredCertificate certificate) {
        return list("certificate = ?1 order by id", certificate);
    }

    /** The links of each of these stored certificates (by id), in link order, with certificate, issue and CA read in the same query. */
    public static Map<Long, List<EvidenceLink>> forCertificates(Collection<Long> certificateIds) {
        Map<Long, List<EvidenceLink>> byCertificate = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(certificateIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            List<EvidenceLink> links = find("select l from EvidenceLink l join fetch l.certificate join fetch l.issue i join fetch i.ca where l.certificate.id in ?1 order by l.id",
                    ids.subList(from, Math.min(ids.size(), from + 1000))).list();
            for (EvidenceLink link : links) {
                byCertificate.computeIfAbsent(link.certificate.id, id -> new ArrayList<>()).add(link);
            }
        }
        return byCertificate;
    }
}
