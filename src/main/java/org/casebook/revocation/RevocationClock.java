package org.casebook.revocation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.issue.Issue;
import org.casebook.storage.AuditedFields;
import org.hibernate.envers.Audited;

/**
 * What a manager set for an issue's revocation clock: when the CA learned of the problem, the BR 4.9.1.1 reason
 * (which picks the deadline), and a revocation date the CA promised, if any (Issue D: by 31 December 2016).
 */
@Entity
@Table(name = "revocation_clock")
@Audited
public class RevocationClock extends PanacheEntity {

    public static final Map<String, Function<RevocationClock, Object>> AUDITED_FIELDS = AuditedFields.of(RevocationClock.class)
            .with("learnedAt", c -> AuditedFields.text(c.learnedAt))
            .with("reason", c -> c.reason)
            .with("promisedBy", c -> AuditedFields.text(c.promisedBy))
            .with("note", c -> c.note)
            .asMap();

    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public Issue issue;

    public Instant learnedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 48)
    public RevocationReason reason;

    public Instant promisedBy;

    @Column(length = 4096)
    public String note;

    public static Optional<RevocationClock> forIssue(Issue issue) {
        return find("issue", issue).firstResultOptional();
    }
}
