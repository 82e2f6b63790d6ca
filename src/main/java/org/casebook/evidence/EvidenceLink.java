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
}
