package org.casebook.ccadb;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.casebook.ca.CertificationAuthority;

/**
 * An audit statement of a CA that the CCADB lists, with the report's audit kinds it stands for ("TLS BR", "Standard").
 * The statement itself is an ordinary {@code audit.AuditStatement}, so the case page, the issues' audit links and the
 * history treat it like any other; this record finds it again on the next import by the statement's identity.
 */
@Entity
@Table(name = "ccadb_audit")
public class CcadbAudit extends PanacheEntity {

    @ManyToOne(optional = false)
    public CertificationAuthority ca;

    /** The {@code audit_statement} row (no foreign key: a manager may delete it, and the next import files it again). */
    @Column(nullable = false)
    public long auditId;

    /** URL, type, auditor, statement date and period, joined: the same statement under every certificate that shares it. */
    @Column(nullable = false, length = 4096)
    public String auditKey;

    /** The report's "Audit Type", e.g. "WebTrust" or "ETSI EN 319 411". */
    @Column(length = 512)
    public String auditType;

    /** The report's audit kinds this statement is given for, comma-separated in report order ("TLS BR, TLS EVG"). */
    @Column(nullable = false, length = 512)
    public String kinds;

    public boolean covers(String kind) {
        return List.of(kinds.split(",\\s*")).contains(kind);
    }

    public static List<CcadbAudit> forCa(CertificationAuthority ca) {
        return list("ca = ?1 order by id", ca);
    }
}
