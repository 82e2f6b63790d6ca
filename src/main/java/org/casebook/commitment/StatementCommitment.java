package org.casebook.commitment;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.ca.CertificationAuthority;
import org.casebook.issue.CaStatement;
import org.casebook.storage.AuditedFields;
import org.hibernate.envers.Audited;

/** A CA statement marked as a commitment: what kind of promise, by when, and where it stands. */
@Entity
@Table(name = "statement_commitment")
@Audited
public class StatementCommitment extends PanacheEntity {

    public static final Map<String, Function<StatementCommitment, Object>> AUDITED_FIELDS = AuditedFields.of(StatementCommitment.class)
            .with("kind", c -> AuditedFields.code(c.kind))
            .with("due", c -> AuditedFields.text(c.due))
            .with("status", c -> AuditedFields.code(c.status))
            .with("evidence", c -> c.evidence)
            .asMap();

    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "statement_id", unique = true)
    public CaStatement statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CommitmentKind kind = CommitmentKind.PREVENT;

    /** When it falls due (UTC day); none when the CA gave no date. */
    public LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CommitmentStatus status = CommitmentStatus.OPEN;

    /** What shows the status: a report, an audit, a later issue. */
    @Column(length = 4096)
    public String evidence;

    public static Optional<StatementCommitment> forStatement(CaStatement statement) {
        return find("statement", statement).firstResultOptional();
    }

    public static List<StatementCommitment> forCa(CertificationAuthority ca) {
        return list("statement.issue.ca = ?1 order by statement.issue.letter, statement.statedOn nulls last, statement.id", ca);
    }

    public static List<StatementCommitment> open() {
        return list("status = ?1", CommitmentStatus.OPEN);
    }
}
