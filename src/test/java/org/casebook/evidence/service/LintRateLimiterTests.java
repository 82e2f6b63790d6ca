package org.casebook.evidence.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.casebook.evidence.config.UploadConfig;
import org.junit.jupiter.api.Test;

class LintRateLimiterTests {

    private static LintRateLimiter limiter(int perMinute, Instant now) {
        LintRateLimiter limiter = new LintRateLimiter();
        limiter.config = new UploadConfig() {
            @Override
            public long maxRequestBytes() {
                return 1;
            }

            @Override
            public int maxItems() {
                return 1;
            }

            @Override
            public int lintRequestsPerMinute() {
                return perMinute;
            }

            @Override
            public long anonymousLintMaxRequestBytes() {
                return 1;
            }

            @Override
            public int anonymousLintMaxItems() {
                return 1;
            }

            @Override
            public int anonymousLintCertificatesPerMinute() {
                return 1;
            }

            @Override
            public double anonymousLintCpuSecondsPerMinute() {
                return 1;
            }

            @Override
            public int lintThreads() {
                return 1;
            }
        };
        limiter.clock = Clock.fixed(now, ZoneOffset.UTC);
        return limiter;
    }

    @Test
    void aClientGetsItsAllowanceThenWaitsWhileOthersDoNot() {
        Instant now = Instant.parse("2016-09-01T00:00:00Z");
        LintRateLimiter limiter = limiter(3, now);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, limiter.acquire("192.0.2.1"));
        }
        Duration wait = limiter.acquire("192.0.2.1");
        assertTrue(wait.compareTo(Duration.ofSeconds(19)) > 0 && wait.compareTo(Duration.ofSeconds(21)) < 0, wait.toString());
        assertEquals(Duration.ZERO, limiter.acquire("192.0.2.2"));
    }

    @Test
    void theAllowanceRefillsOverTime() {
        Instant now = Instant.parse("2016-09-01T00:00:00Z");
        LintRateLimiter limiter = limiter(60, now);
        for (int i = 0; i < 60; i++) {
            limiter.acquire("198.51.100.7");
        }
        assertTrue(!limiter.acquire("198.51.100.7").isZero());
        limiter.clock = Clock.fixed(now.plusSeconds(2), ZoneOffset.UTC);
        assertEquals(Duration.ZERO, limiter.acquire("198.51.100.7"));
    }
}
