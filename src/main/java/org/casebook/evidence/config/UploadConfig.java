package org.casebook.evidence.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what one upload or lint request may carry, and how often one client may lint. */
@ConfigMapping(prefix = "casebook.upload")
public interface UploadConfig {

    /**
     * Bytes one request may carry (PEM text, DER, or all multipart files together); above it, 413. Keep it
     * below quarkus.http.limits.max-body-size (10M by default), which refuses larger bodies before Casebook sees them.
     */
    @WithDefault("8388608")
    long maxRequestBytes();

    /** Certificates (and rejected items) one request may carry; above it, 413. */
    @WithDefault("5000")
    int maxItems();

    /** POST /api/lint requests one client address may make per minute; above it, 429. */
    @WithDefault("60")
    int lintRequestsPerMinute();

    /** Bytes one POST /api/lint without credentials may carry; above it, 413. Signed-in callers have {@link #maxRequestBytes}. */
    @WithDefault("1048576")
    long anonymousLintMaxRequestBytes();

    /** Certificates (and rejected items) one POST /api/lint without credentials may carry; above it, 413. */
    @WithDefault("100")
    int anonymousLintMaxItems();

    /** Certificates one client address may have linted without credentials per minute; above it, 429. */
    @WithDefault("300")
    int anonymousLintCertificatesPerMinute();

    /** CPU seconds that anonymous lint requests from one client address may use per minute; once used up, 429. */
    @WithDefault("10")
    double anonymousLintCpuSecondsPerMinute();

    /** Threads that lint one request's certificates in parallel; 0 means one per processor. */
    @WithDefault("0")
    int lintThreads();
}
