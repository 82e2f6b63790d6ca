package org.casebook.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.casebook.issue.Issue;
import org.casebook.storage.AuditedFields;
import org.hibernate.envers.Audited;

/** A question the root program put to the CA about an issue, owed an answer by its due date. */
@Entity
@Table(name = "incident_question")
@Audited
public class IncidentQuestion extends PanacheEntity {

    /** What the case file's history shows of this record, in display order. */
    public static final Map<String, Function<IncidentQuestion, Object>> AUDITED_FIELDS = AuditedFields.of(IncidentQuestion.class)
            .with("text", q -> q.text)
            .with("askedBy", q -> q.askedBy)
            .with("askedAt", q -> AuditedFields.text(q.askedAt))
            .with("due", q -> AuditedFields.text(q.due))
            .with("status", q -> AuditedFields.code(q.status))
            .with("answeredByStatement", q -> q.answeredByStatementId)
            .with("answeredByReport", q -> q.answeredByReportId)
            .asMap();

    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public Issue issue;

    @Column(nullable = false, length = 65535)
    public String text;

    @Column(length = 128)
    public String askedBy;

    /** Null only where the record gives no date (seeded questions); the API always sets it. */
    public Instant askedAt;

    /** Null only where the record gives no date: such a question is open but not on the board. */
    public Instant due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public QuestionStatus status = QuestionStatus.OPEN;

    /** The CA statement (of the same issue) that answers it. */
    public Long answeredByStatementId;

    /** The incident report (of the same issue) that answers it. */
    public Long answeredByReportId;

    public Instant answeredAt;

    public static List<IncidentQuestion> forIssue(Issue issue) {
        return list("issue = ?1 order by askedAt nulls first, id", issue);
    }

    /** Every question still waiting for an answer, across all CAs, with its issue and CA in the same query. */
    public static List<IncidentQuestion> open() {
        return list("from IncidentQuestion q join fetch q.issue i join fetch i.ca where q.status = ?1", QuestionStatus.OPEN);
    }

    /** Takes over another question's content (not its issue or version): restoring a deleted issue. */
    public void copyContentFrom(IncidentQuestion old) {
        text = old.text;
        askedBy = old.askedBy;
        askedAt = old.askedAt;
        due = old.due;
        status = old.status;
        answeredByStatementId = old.answeredByStatementId;
        answeredByReportId = old.answeredByReportId;
        answeredAt = old.answeredAt;
    }
}
