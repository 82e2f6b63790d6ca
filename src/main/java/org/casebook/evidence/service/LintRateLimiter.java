package org.casebook.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.casebook.evidence.config.UploadConfig;

/**
 * Per-client token bucket for {@code POST /api/lint}, which anyone may call: a client gets
 * {@code casebook.upload.lint-requests-per-minute} requests a minute, refilled continuously.
 */
@ApplicationScoped
public class LintRateLimiter {

    @Inject
    UploadConfig config;

    Clock clock = Clock.systemUTC();

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private record Bucket(double tokens, long atMillis) {
    }

    /** Takes one request from the client's allowance: zero when allowed, otherwise how long to wait. */
    public Duration acquire(String client) {
        int perMinute = Math.max(1, config.lintRequestsPerMinute());
        double refillPerMilli = perMinute / 60_000.0;
        long now = clock.millis();
        Duration[] wait = {Duration.ZERO};
        buckets.compute(client, (key, old) -> {
            double tokens = old == null ? perMinute : Math.min(perMinute, old.tokens() + (now - old.atMillis()) * refillPerMilli);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Duration.ofMillis((long) Math.ceil((1 - tokens) / refillPerMilli));
            return new Bucket(tokens, now);
        });
        if (buckets.size() > 100_000) {
            buckets.entrySet().removeIf(e -> now - e.getValue().atMillis() > 60_000);
        }
        return wait[0];
    }
}
