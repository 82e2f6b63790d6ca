package org.casebook.audit;

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
import java.time.LocalDate;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.hibernate.envers.Audited;

/** An auditor's statement on a CA for a period, under named criteria. */
@Entity
@Table(name = "audit_statement")
@Audited
public class AuditStatement extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<AuditStatement, Object>> AUDITED_FIELDS = AuditedFields.of(AuditStatement.class)
            .with("auditor", a -> a.auditor)
            .with("standard", a -> a.standard)
            .with("periodStart", a -> AuditedFields.text(a.periodStart))
            .with("periodEnd", a -> AuditedFields.text(a.periodEnd))
            .with("statementDate", a -> AuditedFields.text(a.statementDate))
            .with("opinion", a -> AuditedFields.code(a.opinion))
            .with("reported", a -> a.reported)
            .with("url", a -> a.url)
            .asMap();

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public CertificationAuthority ca;

    /** The audit firm, e.g. "Ernst & Young (Hong Kong)". */
    @Column(nullable = false, length = 512)
    public String auditor;

    /** The criteria audited against, e.g. "WebTrust for CAs". */
    @Column(nullable = false, length = 512)
    public String standard;

    public LocalDate periodStart;

    public LocalDate periodEnd;

    public LocalDate statementDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AuditOpinion opinion = AuditOpinion.UNKNOWN;

    /** What the statement reported, in our words or short quotation. */
    @Column(length = 65535)
    public String reported;

    @Column(length = 2048)
    public String url;

    public static List<AuditStatement> forCa(CertificationAuthority ca) {
        return list("ca = ?1 order by periodStart nulls last, id", ca);
    }
}
