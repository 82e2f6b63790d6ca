package org.casebook.analysis.corpus;

import java.time.Instant;

/**
 * A certificate on file as the corpus checks see it: the indexed identity columns, the dates, and
 * the DER for the few checks that compare encodings. {@code ca} is the CA it belongs to, when it is
 * one of a CA's own certificates.
 */
public record CorpusCertificate(String sha256, String subject, String issuer, String serialHex, Instant notBefore,
        Instant notAfter, boolean precertificate, boolean caCertificate, String issuerNameHash, String subjectNameHash,
        String spkiSha256, String authorityKeyId, String subjectKeyId, byte[] der, CaJurisdiction ca) {
}
