package org.casebook.issue;

import java.util.Map;
import java.util.function.Function;
import org.casebook.storage.AuditedFields;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.hibernate.envers.Audited;

/** Someone who reported an issue or helped work it out. */
@Entity
@Table(name = "issue_credit")
@Audited
public class IssueCredit extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<IssueCredit, Object>> AUDITED_FIELDS = AuditedFields.of(IssueCredit.class)
            .with("person", c -> c.person)
            .with("contribution", c -> c.contribution)
            .asMap();

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public Issue issue;

    @Column(nullable = false, length = 512)
    public String person;

    /** What they did: "reported", "helped", "provided most of the information". */
    @Column(length = 512)
    public String contribution;

    public static List<IssueCredit> forIssue(Issue issue) {
        return list("issue = ?1 order by id", issue);
    }
}
