package org.casebook.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.List;
import org.casebook.issue.Issue;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A certificate filed as evidence for an issue, with the reviewer's note on what it shows. */
@Entity
@Table(name = "evidence_link", uniqueConstraints = @UniqueConstraint(name = "uk_evidence_issue_certificate", columnNames = {"issue_id", "certificate_id"}))
@Audited
public class EvidenceLink extends PanacheEntity {

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
        return list("issue = ?1 order by addedAt, id", issue);
    }

    public static List<EvidenceLink> forCertificate(StoredCertificate certificate) {
        return list("certificate = ?1 order by id", certificate);
    }

    /** The links of each of these stored certificates (by id), in link order, with certificate, issue and CA read in the same query. */
    public static java.util.Map<Long, List<EvidenceLink>> forCertificates(java.util.Collection<Long> certificateIds) {
        java.util.Map<Long, List<EvidenceLink>> byCertificate = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(certificateIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            List<EvidenceLink> links = find("select l from EvidenceLink l join fetch l.certificate join fetch l.issue i join fetch i.ca where l.certificate.id in ?1 order by l.id",
                    ids.subList(from, Math.min(ids.size(), from + 1000))).list();
            for (EvidenceLink link : links) {
                byCertificate.computeIfAbsent(link.certificate.id, id -> new java.util.ArrayList<>()).add(link);
            }
        }
        return byCertificate;
    }
}
