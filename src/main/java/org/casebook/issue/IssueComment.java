package org.casebook.issue;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.Audited;

/** A reviewer's remark on an issue: discussion beside the case file, not part of its text. */
@Entity
@Table(name = "issue_comment")
@Audited
public class IssueComment extends PanacheEntity {

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public Issue issue;

    @Column(nullable = false, length = 64)
    public String author;

    @Column(nullable = false)
    public Instant postedAt;

    /** Markdown, rendered like issue bodies. */
    @Column(nullable = false, length = 65535)
    public String text;

    public static List<IssueComment> forIssue(Issue issue) {
        return list("issue = ?1 order by postedAt, id", issue);
    }
}
