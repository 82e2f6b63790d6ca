package org.casebook.analysis.revocation;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * One revokedCertificates entry of a CRL (RFC 5280 section 5.1.2.6) with its entry extensions in order.
 * {@code reasonCode} is the CRLReason (RFC 5280 section 5.3.1), or null when the entry has none.
 */
public record RevokedEntry(BigInteger serialNumber, Instant revocationDate, Integer reasonCode,
        List<RevocationExtension> extensions) {

    public RevokedEntry {
        extensions = List.copyOf(extensions);
    }
}
