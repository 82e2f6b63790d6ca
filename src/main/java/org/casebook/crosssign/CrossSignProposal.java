package org.casebook.crosssign;

import java.time.Instant;

/**
 * A cross-certificate found on file (n_cross_signature) that the CA's case file does not record yet:
 * one of the CA's certificates has the same subject and key as {@code certificateSha256}, which
 * another organisation's CA signed. A manager can accept it as a {@link CrossSign}.
 *
 * @param sourceCaSlug the CA on file that owns the signing certificate, or null when it is not on file
 * @param unlinkedRecord a cross-sign of the same target and source is recorded without a certificate or
 *        serial: this certificate may be the one it means (accepting records it separately)
 */
public record CrossSignProposal(String certificateSha256, String target, String source, String sourceOwner,
        String sourceCaSlug, String serialHex, Instant notAfter, String targetCertificateSha256, boolean unlinkedRecord) {
}
