package org.casebook.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.ca.CertificationAuthority;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A certificate on file, evidence and CA certificates alike: the DER once per SHA-256, plus the
 * parsed fields that pages show and the indexed columns that corpus checks query.
 */
@Entity
// Updates write only the columns that changed: the background jobs that re-lint and re-analyse certificates touch
// a version column or two, and must neither rewrite the DER nor put back a column another transaction set meanwhile
// (the serial bit length the start-up backfill fills in).
@DynamicUpdate
@Table(name = "certificate", indexes = {
    // The column a batch asks an IN list of comes first: H2 seeks only an index's first column with one (V16).
    @Index(name = "ix_certificate_serial_issuer", columnList = "serialHex, issuerNameHash"),
    @Index(name = "ix_certificate_notafter_issuer", columnList = "notAfter, issuerNameHash"),
    @Index(name = "ix_certificate_subject_key", columnList = "subjectNameHash, spkiSha256"),
    // The certificates of an issuer name in id order: the search by issuer words (V17).
    @Index(name = "ix_certificate_issuer_id", columnList = "issuerNameHash, id")
})
public class StoredCertificate extends PanacheEntity {

    /** Lower-case hex SHA-256 of the DER. */
    @Column(nullable = false, unique = true, length = 64)
    public String sha256;

    @Column(nullable = false, length = 1048576)
    public byte[] der;

    /** Column sizes of the text columns; longer values are cut by {@link CertificateRecords#fromView}. */
    public static final int NAME_LENGTH = 4096;
    public static final int SERIAL_HEX_LENGTH = 512;
    public static final int ALGORITHM_LENGTH = 128;
    public static final int ALT_NAMES_LENGTH = 65535;
    public static final int URLS_LENGTH = 8192;
    public static final int KEY_ID_LENGTH = 128;

    @Column(nullable = false, length = NAME_LENGTH)
    public String subject;

    @Column(nullable = false, length = NAME_LENGTH)
    public String issuer;

    /** Upper-case hex of the serial number's two's-complement content octets. */
    @Column(nullable = false, length = SERIAL_HEX_LENGTH)
    public String serialHex;

    @Column(nullable = false)
    public Instant notBefore;

    @Column(nullable = false)
    public Instant notAfter;

    @Column(nullable = false, length = ALGORITHM_LENGTH)
    public String signatureAlgorithm;

    @Column(nullable = false, length = ALGORITHM_LENGTH)
    public String keyAlgorithm;

    /** Bits for RSA/DSA, field size for EC. */
    public Integer keySize;

    /** Named curve of an EC key (e.g. secp256r1, sm2p256v1). */
    @Column(length = ALGORITHM_LENGTH)
    public String keyCurve;

    /** Subject alternative names, one per line ("DNS:example.com"). */
    @Column(length = ALT_NAMES_LENGTH)
    public String subjectAltNames;

    @Column(length = URLS_LENGTH)
    public String crlUrls;

    @Column(length = URLS_LENGTH)
    public String ocspUrls;

    @Column(length = URLS_LENGTH)
    public String caIssuersUrls;

    @Column(nullable = false)
    public boolean caCertificate;

    /** Carries the RFC 6962 poison extension. */
    @Column(nullable = false)
    public boolean precertificate;

    /** Hex SHA-256 of the issuer Name's DER: half of "same issuer". */
    @Column(nullable = false, length = 64)
    public String issuerNameHash;

    /** Hex authority key identifier, when present: the other half of "same issuer". */
    @Column(length = KEY_ID_LENGTH)
    public String authorityKeyId;

    @Column(nullable = false, length = 64)
    public String subjectNameHash;

    @Column(length = KEY_ID_LENGTH)
    public String subjectKeyId;

    /** Hex SHA-256 of the SubjectPublicKeyInfo DER. */
    @Column(nullable = false, length = 64)
    public String spkiSha256;

    /** Bits in the serial's value; indexed with the issuer name for the 63-bit generator check (V4). */
    public Integer serialBits;

    @ElementCollection
    @CollectionTable(name = "certificate_sct", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    public List<EmbeddedSct> embeddedScts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "certificate_finding", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    public List<StoredFinding> findings = new ArrayList<>();

    /** Fingerprint of the lint set that produced {@link #findings}; a different one means re-lint. */
    @Column(length = 64)
    public String lintSetVersion;

    /**
     * Findings of the corpus checks that depend on single certificates of the corpus (duplicate serial,
     * cross-signature, SCT backdating), kept current as certificates arrive; the statistical checks are
     * derived from issuer-wide counts when read ({@code evidence.corpus.StoredCorpusFindings}).
     */
    @ElementCollection
    @CollectionTable(name = "certificate_corpus_finding", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "position")
    public List<StoredFinding> corpusFindings = new ArrayList<>();

    /** Fingerprint of the corpus checks that made {@link #corpusFindings}; null: not analysed or counted yet. */
    @Column(length = 64)
    public String corpusVersion;

    /** The CA owning a stored certificate that issued this one (the non-working-day check's last resort), when known. */
    @ManyToOne(fetch = FetchType.LAZY)
    public CertificationAuthority issuerCa;

    /**
     * Set when {@link #corpusVersion} and {@link #issuerCa} were filled in before the insert (by the analysis that
     * follows it in the same transaction): the certificate is not yet counted in the issuer statistics.
     */
    @Transient
    public boolean corpusCountPending;

    /** Set by code that analyses the certificate's corpus findings in the transaction that stores it. */
    @Transient
    public boolean corpusAnalysedOnArrival;

    @PrePersist
    void arriving() {
        if (!corpusAnalysedOnArrival) {
            CorpusBacklog.storedUnanalysed();
        }
    }

    /** Set when this is one of a CA's own certificates. */
    @ManyToOne
    public CertificationAuthority ca;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public CaCertificateRole caRole;

    @Column(nullable = false)
    public Instant storedAt;

    @Column(length = 128)
    public String storedBy;

    public static Optional<StoredCertificate> findBySha256(String sha256) {
        return find("sha256", sha256.toLowerCase()).firstResultOptional();
    }
}
