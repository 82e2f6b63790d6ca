package org.casebook.issue;

import java.util.Map;
import java.util.function.Function;
import org.casebook.storage.AuditedFields;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.hibernate.envers.Audited;

/** A document behind an issue: incident report, audit report, bug, list of certificates. */
@Entity
@Table(name = "issue_reference")
@Audited
public class IssueReference extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<IssueReference, Object>> AUDITED_FIELDS = AuditedFields.of(IssueReference.class)
            .with("kind", r -> AuditedFields.code(r.kind))
            .with("title", r -> r.title)
            .with("url", r -> r.url)
            .with("publishedOn", r -> r.publishedOn)
            .asMap();

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public Issue issue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ReferenceKind kind = ReferenceKind.OTHER;

    @Column(nullable = false, length = 1024)
    public String title;

    @Column(length = 2048)
    public String url;

    /** Partial ISO date of publication. */
    @Column(length = 10)
    public String publishedOn;

    public static List<IssueReference> forIssue(Issue issue) {
        return list("issue = ?1 order by publishedOn nulls last, id", issue);
    }
}
