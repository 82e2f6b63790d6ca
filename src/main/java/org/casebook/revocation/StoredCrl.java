package org.casebook.revocation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;

/**
 * A CRL on file, once per SHA-256 of its DER: its decoded fields, the issuer certificate on file whose key verified its
 * signature (its name and key are how certificates are matched to it), and its findings. The entries are rows of
 * {@code crl_entry}, written and read in bulk by the revocation services.
 */
@Entity
@Table(name = "stored_crl")
public class StoredCrl extends PanacheEntity {

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(nullable = false, length = StoredCertificate.NAME_LENGTH)
    public String issuer;

    /** The issuer certificate's subjectNameHash: what its certificates carry as issuerNameHash. */
    @Column(nullable = false, length = 64)
    public String issuerNameHash;

    @Column(nullable = false, length = 64)
    public String issuerSpkiSha256;

    /** The issuer certificate's subjectKeyIdentifier (hex), compared with a certificate's authorityKeyIdentifier. */
    @Column(length = StoredCertificate.KEY_ID_LENGTH)
    public String issuerKeyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public StoredCertificate issuerCertificate;

    /** Decimal cRLNumber, when present. */
    @Column(length = 128)
    public String crlNumber;

    /** 1 or 2. */
    @Column(nullable = false)
    public int crlVersion;

    @Column(nullable = false)
    public Instant thisUpdate;

    public Instant nextUpdate;

    /** RFC 5280 5.2.5: entries may name other issuers; only entries of this CRL's own issuer are applied. */
    @Column(nullable = false)
    public boolean indirectCrl;

    @Column(nullable = false)
    public int entryCount;

    @Column(nullable = false)
    public int byteSize;

    @Column(nullable = false, length = StoredCertificate.ALGORITHM_LENGTH)
    public String signatureAlgorithm;

    @ElementCollection
    @CollectionTable(name = "stored_crl_finding", joinColumns = @JoinColumn(name = "crl_id"))
    @OrderColumn(name = "position")
    public List<StoredFinding> findings = new ArrayList<>();

    @Column(nullable = false)
    public Instant storedAt;

    @Column(length = 128)
    public String storedBy;

    public static Optional<StoredCrl> findBySha256(String sha256) {
        return find("sha256", sha256.toLowerCase()).firstResultOptional();
    }

    /** The CRLs of one issuer (name and key), newest first. */
    public static List<StoredCrl> ofIssuer(String issuerNameHash, String issuerSpkiSha256) {
        return list("issuerNameHash = ?1 and issuerSpkiSha256 = ?2 order by thisUpdate desc, id desc", issuerNameHash, issuerSpkiSha256);
    }
}
