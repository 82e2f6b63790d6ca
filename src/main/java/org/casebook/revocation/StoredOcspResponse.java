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
 * An OCSP response on file, once per SHA-256: its decoded fields, the issuer certificate on file it speaks for (whose
 * key, or whose delegated responder's key, verified it), and its findings. Its single responses about that issuer's
 * certificates are rows of {@code ocsp_entry}.
 */
@Entity
@Table(name = "stored_ocsp_response")
public class StoredOcspResponse extends PanacheEntity {

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(nullable = false)
    public int responseStatus;

    @Column(length = 1024)
    public String responderId;

    public Instant producedAt;

    @Column(length = StoredCertificate.ALGORITHM_LENGTH)
    public String signatureAlgorithm;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public StoredCertificate issuerCertificate;

    /** Signed by a responder certificate the issuer issued (RFC 6960 4.2.2.2), not by the issuer's own key. */
    @Column(nullable = false)
    public boolean signedByDelegate;

    @Column(nullable = false)
    public int byteSize;

    @ElementCollection
    @CollectionTable(name = "stored_ocsp_response_finding", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "position")
    public List<StoredFinding> findings = new ArrayList<>();

    @Column(nullable = false)
    public Instant storedAt;

    @Column(length = 128)
    public String storedBy;

    public static Optional<StoredOcspResponse> findBySha256(String sha256) {
        return find("sha256", sha256.toLowerCase()).firstResultOptional();
    }
}
