package org.casebook.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import org.casebook.issue.Issue;
import org.hibernate.envers.Audited;

/** Whether an audit statement disclosed an issue that was happening in its period, or missed it. */
@Entity
@Table(name = "audited_issue", uniqueConstraints = @UniqueConstraint(name = "uk_audited_issue", columnNames = {"audit_id", "issue_id"}))
@Audited
public class AuditedIssue extends PanacheEntity {

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public AuditStatement audit;

    @ManyToOne(optional = false)
    public Issue issue;

    @Column(nullable = false)
    public boolean disclosed;

    @Column(length = 4096)
    public String note;

    public static List<AuditedIssue> forAudit(AuditStatement audit) {
        return list("audit = ?1 order by issue.letter", audit);
    }

    public static List<AuditedIssue> forIssue(Issue issue) {
        return list("issue = ?1 order by id", issue);
    }
}
