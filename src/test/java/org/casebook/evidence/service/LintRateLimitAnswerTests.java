package org.casebook.evidence.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** A throttled POST /api/lint says when to come back, in the Retry-After header as well as in the detail. */
@QuarkusTest
class LintRateLimitAnswerTests {

    @Inject
    LintRateLimiter limiter;

    @Test
    void throttledLintAnswersWithRetryAfter() {
        LintRateLimiter target = ClientProxy.unwrap(limiter);
        Clock before = target.clock;
        String client = "203.0.113.77";
        try {
            target.clock = Clock.fixed(Instant.parse("2016-10-01T00:00:00Z"), ZoneOffset.UTC);
            Duration wait = Duration.ZERO;
            for (int i = 0; i < 1_000_000 && wait.isZero(); i++) {
                wait = target.acquire(client);
            }
            assertTrue(!wait.isZero(), "the allowance ran out");
            String seconds = Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
            given().header("X-Forwarded-For", client).contentType("application/pkix-cert")
                    .body(TestPki.certificate().dnsNames("throttled.example").der())
                    .post("/api/lint").then().statusCode(429)
                    .header("Retry-After", equalTo(seconds))
                    .body("error", equalTo("too many requests"))
                    .body("detail", containsString("try again in " + seconds + " s"));
        } finally {
            target.clock = before;
        }
    }
}
