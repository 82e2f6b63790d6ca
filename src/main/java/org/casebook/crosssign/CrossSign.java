package org.casebook.crosssign;

import java.util.Map;
import java.util.function.Function;
import org.casebook.storage.AuditedFields;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.StoredCertificate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A root of the CA certified by another organisation's root: a distrust decision has to reach
 * everything that chains through it.
 */
@Entity
@Table(name = "cross_sign")
@Audited
public class CrossSign extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<CrossSign, Object>> AUDITED_FIELDS = AuditedFields.of(CrossSign.class)
            .with("target", x -> x.target)
            .with("source", x -> x.source)
            .with("sourceOwner", x -> x.sourceOwner)
            .with("notAfter", x -> AuditedFields.text(x.notAfter))
            .with("revokedAt", x -> AuditedFields.text(x.revokedAt))
            .with("revocationSource", x -> x.revocationSource)
            .with("comment", x -> x.comment)
            .with("serial", x -> x.serialHex)
            .asMap();

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    /** The CA whose root is the target. */
    @ManyToOne(optional = false)
    public CertificationAuthority ca;

    /** Distinguished name of the cross-signed (target) root. */
    @Column(nullable = false, length = 2048)
    public String target;

    /** Distinguished name of the issuing (source) root. */
    @Column(nullable = false, length = 2048)
    public String source;

    @Column(nullable = false, length = 512)
    public String sourceOwner;

    /** Expiry (notAfter) of the cross-certificate. */
    public Instant notAfter;

    public LocalDate revokedAt;

    /** How the revocation is known, e.g. "according to Asseco". */
    @Column(length = 1024)
    public String revocationSource;

    @Column(length = 4096)
    public String comment;

    /** Serial of the cross-certificate, upper-case hex, when known. */
    @Column(length = 512)
    public String serialHex;

    @ManyToOne
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public StoredCertificate certificate;

    public static List<CrossSign> forCa(CertificationAuthority ca) {
        return list("ca = ?1 order by notAfter, id", ca);
    }
}
