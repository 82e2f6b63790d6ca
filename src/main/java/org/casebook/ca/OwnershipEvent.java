package org.casebook.ca;

import java.util.Map;
import java.util.function.Function;
import org.casebook.storage.AuditedFields;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * A change in who owns a CA: the date it took effect, the new owner and share, and when (and as what)
 * it was disclosed to root programs. Undisclosed changes are themselves a policy issue.
 */
@Entity
@Table(name = "ownership_event")
@Audited
public class OwnershipEvent extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<OwnershipEvent, Object>> AUDITED_FIELDS = AuditedFields.of(OwnershipEvent.class)
            .with("effectiveOn", o -> AuditedFields.text(o.effectiveOn))
            .with("newOwner", o -> o.newOwner)
            .with("share", o -> o.share)
            .with("disclosedOn", o -> AuditedFields.text(o.disclosedOn))
            .with("disclosedAs", o -> o.disclosedAs)
            .with("description", o -> o.description)
            .asMap();

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    /** The CA whose ownership changed. */
    @ManyToOne(optional = false)
    public CertificationAuthority ca;

    /** The new owner when it is itself a CA on file (WoSign buying StartCom). */
    @ManyToOne
    public CertificationAuthority newOwnerCa;

    @Column(nullable = false)
    public LocalDate effectiveOn;

    @Column(nullable = false, length = 512)
    public String newOwner;

    /** Share acquired, as stated ("100%"). */
    @Column(length = 64)
    public String share;

    public LocalDate disclosedOn;

    /** How the change was presented when disclosed, e.g. "equity investment". */
    @Column(length = 1024)
    public String disclosedAs;

    @Column(length = 65535)
    public String description;

    public static List<OwnershipEvent> involving(CertificationAuthority ca) {
        return list("ca = ?1 or newOwnerCa = ?1 order by effectiveOn", ca);
    }
}
