package org.casebook.chart;

import java.time.Duration;
import java.time.Instant;

/**
 * What the certificate charts read of one certificate: its validity and the latest SCT embedded in it (null
 * when it has none). The certificate was signed after every SCT it carries, so the latest one bounds its signing.
 */
public record ChartCertificate(String sha256, Instant notBefore, Instant notAfter, Instant latestSct) {

    /** How long after notBefore the latest embedded SCT is dated, or null without SCTs. */
    public Duration sctDelay() {
        return latestSct == null ? null : Duration.between(notBefore, latestSct);
    }
}
