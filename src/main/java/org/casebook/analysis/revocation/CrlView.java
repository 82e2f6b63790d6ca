package org.casebook.analysis.revocation;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.casebook.analysis.Signatures;

/**
 * One parsed X.509 CRL (RFC 5280 section 5), immutable, with what lints read: the fields of the TBSCertList as
 * encoded (a present but empty revokedCertificates is told apart from an absent one), its extensions and entries
 * in order with repeats kept, and the outer signature algorithm's own bytes. Made by {@link CrlParser}.
 */
public final class CrlView {

    /** id-ce-cRLNumber, RFC 5280 section 5.2.3. */
    public static final String CRL_NUMBER = "2.5.29.20";
    /** id-ce-authorityKeyIdentifier, RFC 5280 section 5.2.1. */
    public static final String AUTHORITY_KEY_IDENTIFIER = "2.5.29.35";
    /** id-ce-issuingDistributionPoint, RFC 5280 section 5.2.5. */
    public static final String ISSUING_DISTRIBUTION_POINT = "2.5.29.28";
    /** id-ce-deltaCRLIndicator, RFC 5280 section 5.2.4. */
    public static final String DELTA_CRL_INDICATOR = "2.5.29.27";
    /** id-ce-cRLReasons, RFC 5280 section 5.3.1. */
    public static final String REASON_CODE = "2.5.29.21";

    private final byte[] der;
    private final int version;
    private final AlgorithmIdentifier tbsSignature;
    private final AlgorithmIdentifier signatureAlgorithm;
    private final byte[] signatureAlgorithmDer;
    private final X500Name issuer;
    private final Instant thisUpdate;
    private final Instant nextUpdate;
    private final boolean revokedCertificatesPresent;
    private final List<RevokedEntry> revokedCertificates;
    private final List<RevocationExtension> extensions;
    private final BigInteger crlNumber;
    private final boolean indirect;
    private final byte[] tbsDer;
    private final byte[] signature;

    CrlView(byte[] der, Fields fields) {
        this.der = der.clone();
        this.version = fields.version;
        this.tbsSignature = fields.tbsSignature;
        this.signatureAlgorithm = fields.signatureAlgorithm;
        this.signatureAlgorithmDer = fields.signatureAlgorithmDer;
        this.issuer = fields.issuer;
        this.thisUpdate = fields.thisUpdate;
        this.nextUpdate = fields.nextUpdate;
        this.revokedCertificatesPresent = fields.revokedCertificatesPresent;
        this.revokedCertificates = List.copyOf(fields.revokedCertificates);
        this.extensions = List.copyOf(fields.extensions);
        this.crlNumber = fields.crlNumber;
        this.indirect = fields.indirect;
        this.tbsDer = fields.tbsDer;
        this.signature = fields.signature;
    }

    /** What the parser read, handed over in one piece. */
    static final class Fields {
        int version = 1;
        AlgorithmIdentifier tbsSignature;
        AlgorithmIdentifier signatureAlgorithm;
        byte[] signatureAlgorithmDer;
        X500Name issuer;
        Instant thisUpdate;
        Instant nextUpdate;
        boolean revokedCertificatesPresent;
        List<RevokedEntry> revokedCertificates = List.of();
        List<RevocationExtension> extensions = List.of();
        BigInteger crlNumber;
        boolean indirect;
        byte[] tbsDer;
        byte[] signature;
    }

    public byte[] der() {
        return der.clone();
    }

    /** 1 or 2, as in RFC 5280's text (the encoded value plus one; absent means v1). */
    public int version() {
        return version;
    }

    public AlgorithmIdentifier tbsSignature() {
        return tbsSignature;
    }

    /** The outer signatureAlgorithm of the CertificateList. */
    public AlgorithmIdentifier signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The outer signatureAlgorithm exactly as encoded (RFC 4055's NULL parameters are a question of bytes). */
    public byte[] signatureAlgorithmDer() {
        return signatureAlgorithmDer.clone();
    }

    public X500Name issuer() {
        return issuer;
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    public Optional<Instant> nextUpdate() {
        return Optional.ofNullable(nextUpdate);
    }

    /** Whether the revokedCertificates SEQUENCE is encoded at all, even empty (RFC 5280: it MUST then be absent). */
    public boolean revokedCertificatesPresent() {
        return revokedCertificatesPresent;
    }

    public List<RevokedEntry> revokedCertificates() {
        return revokedCertificates;
    }

    /** The crlExtensions in encoded order, repeats kept. */
    public List<RevocationExtension> extensions() {
        return extensions;
    }

    /** The first extension with this OID. */
    public Optional<RevocationExtension> extension(String oid) {
        return extensions.stream().filter(e -> e.oid().equals(oid)).findFirst();
    }

    /** The cRLNumber, or empty when the CRL has none. */
    public Optional<BigInteger> crlNumber() {
        return Optional.ofNullable(crlNumber);
    }

    /**
     * An indirect CRL (RFC 5280 section 5.2.5) lists certificates of other issuers too, named entry by entry in
     * certificateIssuer; matching its entries by this CRL's issuer alone would be wrong.
     */
    public boolean isIndirect() {
        return indirect;
    }

    /** A delta CRL carries the deltaCRLIndicator (RFC 5280 section 5.2.4). */
    public boolean isDelta() {
        return extension(DELTA_CRL_INDICATOR).isPresent();
    }

    /** The signed part exactly as encoded, for checking the signature against an issuer's key. */
    public byte[] tbsDer() {
        return tbsDer.clone();
    }

    /**
     * Whether the CRL's signature verifies under {@code issuerKey} (an issuer certificate's key on file). The inner
     * and outer algorithms must agree (RFC 5280 section 5.1.1.2). Never throws.
     */
    public boolean signedBy(SubjectPublicKeyInfo issuerKey) {
        return signatureAlgorithm.equals(tbsSignature) && Signatures.verifies(tbsDer, signatureAlgorithm, signature, issuerKey);
    }

    public byte[] signature() {
        return signature.clone();
    }
}
