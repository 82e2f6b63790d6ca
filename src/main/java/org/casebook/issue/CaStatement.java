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

/** Something the CA said about an issue, and when: the issue's timeline. */
@Entity
@Table(name = "ca_statement")
@Audited
public class CaStatement extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<CaStatement, Object>> AUDITED_FIELDS = AuditedFields.of(CaStatement.class)
            .with("statedOn", s -> s.statedOn)
            .with("speaker", s -> s.speaker)
            .with("kind", s -> AuditedFields.code(s.kind))
            .with("text", s -> s.text)
            .with("sourceUrl", s -> s.sourceUrl)
            .asMap();

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public Issue issue;

    /** Partial ISO date, like the issue period. */
    @Column(length = 10)
    public String statedOn;

    /** Who spoke, e.g. "Richard Wang (WoSign)". */
    @Column(length = 512)
    public String speaker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public StatementKind kind = StatementKind.SUMMARY;

    @Column(nullable = false, length = 65535)
    public String text;

    @Column(length = 2048)
    public String sourceUrl;

    public static List<CaStatement> timeline(Issue issue) {
        return list("issue = ?1 order by statedOn nulls last, id", issue);
    }
}
