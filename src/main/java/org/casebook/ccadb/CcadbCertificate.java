package org.casebook.ccadb;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.StoredCertificate;
import org.casebook.storage.AuditedFields;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A root or intermediate certificate of a CA as the CCADB records it: where it sits in the CA's hierarchy, which root
 * stores include it, whether it is revoked. Linked to the certificate on file with the same SHA-256 when there is one.
 */
@Entity
@Table(name = "ccadb_certificate")
@Audited
public class CcadbCertificate extends PanacheEntity {

    /** What the CA's history shows of a record, in display order (the import's differences are these fields). */
    public static final Map<String, Function<CcadbCertificate, Object>> AUDITED_FIELDS = AuditedFields.of(CcadbCertificate.class)
            .with("name", c -> c.name)
            .with("recordType", c -> c.recordType)
            .with("sha256", c -> c.sha256)
            .with("parent", c -> c.parentName)
            .with("parentSha256", c -> c.parentSha256)
            .with("revocationStatus", c -> c.revocationStatus)
            .with("mozillaStatus", c -> c.mozillaStatus)
            .with("chromeStatus", c -> c.chromeStatus)
            .with("appleStatus", c -> c.appleStatus)
            .with("microsoftStatus", c -> c.microsoftStatus)
            .with("rootStatus", c -> c.rootStatus)
            .with("validFrom", c -> AuditedFields.text(c.validFrom))
            .with("validTo", c -> AuditedFields.text(c.validTo))
            .with("trustBits", c -> c.trustBits)
            .with("technicallyConstrained", c -> c.technicallyConstrained)
            .with("crlUrl", c -> c.crlUrl)
            .with("partitionedCrls", c -> c.partitionedCrls)
            .with("cpUrl", c -> c.cpUrl)
            .with("cpsUrl", c -> c.cpsUrl)
            .with("cpCpsUrl", c -> c.cpCpsUrl)
            .with("distrustTlsAfter", c -> AuditedFields.text(c.distrustTlsAfter))
            .with("distrustSmimeAfter", c -> AuditedFields.text(c.distrustSmimeAfter))
            .asMap();

    public static final String ROOT = "Root Certificate";
    public static final String INTERMEDIATE = "Intermediate Certificate";

    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public CertificationAuthority ca;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public StoredCertificate certificate;

    /** The CCADB's Salesforce record id; null for a root known only from the included-roots report. */
    @Column(length = 64)
    public String recordId;

    @Column(nullable = false, length = 1024)
    public String name;

    /** "Root Certificate" or "Intermediate Certificate", as the report writes it. */
    @Column(length = 64)
    public String recordType;

    /** Lower-case hex, like {@link StoredCertificate#sha256}. */
    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(length = 64)
    public String parentRecordId;

    @Column(length = 1024)
    public String parentName;

    @Column(length = 64)
    public String parentSha256;

    /** The report names a parent that is not in it: kept with the parent unknown. */
    @Column(nullable = false)
    public boolean parentMissing;

    @Column(length = 512)
    public String subordinateOwner;

    @Column(length = 128)
    public String appleStatus;

    @Column(length = 128)
    public String chromeStatus;

    @Column(length = 128)
    public String microsoftStatus;

    @Column(length = 128)
    public String mozillaStatus;

    @Column(length = 128)
    public String rootStatus;

    @Column(length = 128)
    public String revocationStatus;

    public LocalDate validFrom;

    public LocalDate validTo;

    /** Hex, like {@link StoredCertificate#authorityKeyId} (the report writes base64). */
    @Column(length = 128)
    public String authorityKeyId;

    @Column(length = 128)
    public String subjectKeyId;

    public Boolean technicallyConstrained;

    @Column(length = 512)
    public String trustBits;

    @Column(length = 2048)
    public String crlUrl;

    @Column(length = 65535)
    public String partitionedCrls;

    @Column(length = 2048)
    public String cpUrl;

    @Column(length = 2048)
    public String cpsUrl;

    @Column(length = 2048)
    public String cpCpsUrl;

    /** From the included-roots report: Mozilla distrusts TLS certificates issued after this day. */
    public LocalDate distrustTlsAfter;

    public LocalDate distrustSmimeAfter;

    public boolean root() {
        return ROOT.equalsIgnoreCase(recordType);
    }

    public boolean revoked() {
        return revocationStatus != null && revocationStatus.toLowerCase(java.util.Locale.ROOT).contains("revoked")
                && !revocationStatus.equalsIgnoreCase("Not Revoked");
    }

    /** A CA's hierarchy in the CCADB: roots first, then by name. */
    public static List<CcadbCertificate> forCa(CertificationAuthority ca) {
        return list("ca = ?1 order by case when recordType = ?2 then 0 else 1 end, name, id", ca, ROOT);
    }
}
