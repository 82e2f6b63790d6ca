package org.casebook.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.casebook.evidence.config.UploadConfig;

/**
 * Per-client token buckets for {@code POST /api/lint}, which anyone may call. Every client gets
 * {@code casebook.upload.lint-requests-per-minute} requests a minute. Anonymous clients are also held to
 * {@code casebook.upload.anonymous-lint-certificates-per-minute} certificates and
 * {@code casebook.upload.anonymous-lint-cpu-seconds-per-minute} CPU seconds a minute: counting requests alone let one
 * client keep a core busy with a few large ones. Buckets refill continuously and hold at most one minute's allowance.
 */
@ApplicationScoped
public class LintRateLimiter {

    @Inject
    UploadConfig config;

    Clock clock = Clock.systemUTC();

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Work> work = new ConcurrentHashMap<>();

    private record Bucket(double tokens, long atMillis) {
    }

    /** An anonymous client's certificates and CPU seconds left; CPU may be overdrawn by a request that ran long. */
    private record Work(double certificates, double cpuSeconds, long atMillis) {
        Work refilled(long now, double certificatesPerMinute, double cpuSecondsPerMinute) {
            double minutes = Math.max(0, now - atMillis) / 60_000.0;
            return new Work(Math.min(certificatesPerMinute, certificates + minutes * certificatesPerMinute),
                    Math.min(cpuSecondsPerMinute, cpuSeconds + minutes * cpuSecondsPerMinute), now);
        }
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

    /** Zero when the anonymous client has CPU time left this minute; otherwise how long until it has. */
    public Duration cpuWait(String client) {
        Work now = current(client);
        if (now.cpuSeconds() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((-now.cpuSeconds() + 0.001) / cpuPerMinute() * 60_000));
    }

    /**
     * Takes {@code count} certificates from the anonymous client's allowance: zero when taken, otherwise how long until
     * they would be (nothing is taken then). A request larger than a whole minute's allowance waits for a full one.
     */
    public Duration takeCertificates(String client, int count) {
        double perMinute = certificatesPerMinute();
        double needed = Math.min(count, perMinute);
        long now = clock.millis();
        Duration[] wait = {Duration.ZERO};
        work.compute(client, (key, old) -> {
            Work current = refilled(old, now);
            if (current.certificates() >= needed) {
                return new Work(current.certificates() - count, current.cpuSeconds(), now);
            }
            wait[0] = Duration.ofMillis((long) Math.ceil((needed - current.certificates()) / perMinute * 60_000));
            return current;
        });
        prune(now);
        return wait[0];
    }

    /** Charges CPU time that an anonymous client's request used; the allowance may go below zero. */
    public void chargeCpu(String client, double cpuSeconds) {
        long now = clock.millis();
        work.compute(client, (key, old) -> {
            Work current = refilled(old, now);
            return new Work(current.certificates(), current.cpuSeconds() - cpuSeconds, now);
        });
        prune(now);
    }

    /** CPU seconds the anonymous client has left this minute (negative when overdrawn). */
    public double cpuSecondsLeft(String client) {
        return current(client).cpuSeconds();
    }

    /** Certificates the anonymous client may still have linted this minute. */
    public double certificatesLeft(String client) {
        return current(client).certificates();
    }

    private Work current(String client) {
        return refilled(work.get(client), clock.millis());
    }

    private Work refilled(Work old, long now) {
        return old == null ? new Work(certificatesPerMinute(), cpuPerMinute(), now) : old.refilled(now, certificatesPerMinute(), cpuPerMinute());
    }

    private double certificatesPerMinute() {
        return Math.max(1, config.anonymousLintCertificatesPerMinute());
    }

    private double cpuPerMinute() {
        return Math.max(0.001, config.anonymousLintCpuSecondsPerMinute());
    }

    private void prune(long now) {
        if (work.size() > 100_000) {
            // a client whose allowance has refilled completely is the same as a client never seen
            work.entrySet().removeIf(e -> {
                Work refilled = e.getValue().refilled(now, certificatesPerMinute(), cpuPerMinute());
                return refilled.certificates() >= certificatesPerMinute() && refilled.cpuSeconds() >= cpuPerMinute();
            });
        }
    }
}
