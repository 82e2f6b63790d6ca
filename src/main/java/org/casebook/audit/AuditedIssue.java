package org.casebook.audit;

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
import java.util.List;
import org.casebook.issue.Issue;
import org.hibernate.envers.Audited;

/** Whether an audit statement disclosed an issue that was happening in its period, or missed it. */
@Entity
@Table(name = "audited_issue", uniqueConstraints = @UniqueConstraint(name = "uk_audited_issue", columnNames = {"audit_id", "issue_id"}))
@Audited
public class AuditedIssue extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<AuditedIssue, Object>> AUDITED_FIELDS = AuditedFields.of(AuditedIssue.class)
            .with("audit", a -> a.audit == null ? null : a.audit.id)
            .with("disclosed", a -> a.disclosed)
            .with("note", a -> a.note)
            .asMap();

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
