package org.casebook.analysis.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The questions corpus checks ask of everything on file. Each is answered from an index: the cost
 * depends on how many certificates match, never on how many are stored. Hashes are lower-case hex
 * SHA-256 of the DER of the Name or SubjectPublicKeyInfo (see {@link CorpusKeys}); serials are
 * upper-case hex of the content octets, as {@code CertificateView.serialHex()} gives them.
 */
public interface CorpusLookup {

    /** Certificates whose issuer name and serial are these (including the certificate itself if stored). */
    List<CorpusCertificate> withIssuerAndSerial(String issuerNameHash, String serialHex);

    /** Certificates with this subject name and public key. */
    List<CorpusCertificate> withSubjectAndKey(String subjectNameHash, String spkiSha256);

    /** Certificates whose subject is this name: candidates for the issuer of a certificate, at most {@code limit}. */
    List<CorpusCertificate> withSubject(String subjectNameHash, int limit);

    /** Distinct notBefore values of certificates from this issuer name that expire at exactly {@code notAfter}, at most {@code limit}. */
    List<Instant> notBeforesExpiringAt(String issuerNameHash, Instant notAfter, int limit);

    /** The widest serial, in bits of its value, among certificates from this issuer name; empty when none. */
    Optional<Integer> widestSerialBits(String issuerNameHash);

    /** How many certificates from this issuer name have serial values of {@code minBits} to {@code maxBits} bits, counting at most to {@code limit}. */
    int countSerialsOfBits(String issuerNameHash, int minBits, int maxBits, int limit);

    /** The CA with this slug, if on file. */
    Optional<CaJurisdiction> ca(String slug);

    /** The CA of an issue that the stored certificate with this SHA-256 is evidence for (the first, if several). */
    Optional<CaJurisdiction> caOfEvidence(String sha256);
}
