package org.casebook.evidence.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.casebook.support.TestCaseFiles;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.4: an anonymous client cannot keep the server busy through POST /api/lint. Without credentials a request
 * carries at most a few certificates and bytes (413 naming the limit), and each client address has certificates and
 * CPU seconds per minute (429 with Retry-After); a signed-in reviewer keeps the upload limits. Small limits here,
 * high ones in every other test.
 */
@QuarkusTest
@TestProfile(AnonymousLintLimitsTests.SmallAnonymousLimits.class)
class AnonymousLintLimitsTests {

    public static class SmallAnonymousLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "casebook.upload.anonymous-lint-max-items", "3",
                    "casebook.upload.anonymous-lint-max-request-bytes", "8000",
                    "casebook.upload.anonymous-lint-certificates-per-minute", "5",
                    "casebook.upload.anonymous-lint-cpu-seconds-per-minute", "6");
        }
    }

    private static final String REVIEWER = "limitsreviewer";

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    LintRateLimiter limiter;

    @BeforeEach
    void users() {
        caseFiles.user(REVIEWER, "reviewer");
    }

    private static String bundle(int certificates, String name) {
        StringBuilder pem = new StringBuilder();
        for (int i = 0; i < certificates; i++) {
            pem.append(TestPki.certificate().dnsNames(name + i + ".limits.example").pem());
        }
        return pem.toString();
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    @Test
    void anonymousRequestWithMoreCertificatesThanItsLimitGets413NamingTheLimit() {
        from("198.51.100.11").contentType("application/x-pem-file").body(bundle(4, "items").getBytes()).post("/api/lint").then().statusCode(413)
                .contentType("application/json")
                .body("error", equalTo("too many items"))
                .body("detail", containsString("the limit is 3 for anonymous lint requests"))
                .body("detail", containsString("casebook.upload.anonymous-lint-max-items"));
        from("198.51.100.11").contentType("application/x-pem-file").body(bundle(3, "items").getBytes()).post("/api/lint").then().statusCode(200)
                .body("certificates.size()", equalTo(3));
    }

    @Test
    void anonymousRequestOverItsByteLimitGets413NamingTheLimit() {
        String big = "x".repeat(8001);
        from("198.51.100.12").contentType("text/plain").body(big).post("/api/lint").then().statusCode(413)
                .contentType("application/json")
                .body("error", equalTo("request too large"))
                .body("detail", containsString("the limit is 8000 bytes for anonymous lint requests"))
                .body("detail", containsString("casebook.upload.anonymous-lint-max-request-bytes"));
        from("198.51.100.12").multiPart("file", "big.pem", big.getBytes()).post("/api/lint").then().statusCode(413)
                .body("error", equalTo("request too large"))
                .body("detail", containsString("casebook.upload.anonymous-lint-max-request-bytes"));
    }

    @Test
    void anonymousCertificatesPerMinuteRunOutWith429AndRetryAfter() {
        String address = "198.51.100.13";
        from(address).contentType("application/x-pem-file").body(bundle(3, "budget").getBytes()).post("/api/lint").then().statusCode(200);
        Response refused = from(address).contentType("application/x-pem-file").body(bundle(3, "budget").getBytes()).post("/api/lint");
        refused.then().statusCode(429).contentType("application/json")
                .body("error", equalTo("too many requests"))
                .body("detail", containsString("5 certificates a minute"))
                .body("detail", containsString("casebook.upload.anonymous-lint-certificates-per-minute"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // two certificates are left; the third comes back after 12 s at 5 a minute
        assertTrue(retryAfter >= 1 && retryAfter <= 12, "Retry-After " + retryAfter);
        refused.then().body("detail", containsString("try again in " + retryAfter + " s"));
        // another address is not held back by this one
        from("198.51.100.14").contentType("application/x-pem-file").body(bundle(3, "budget").getBytes()).post("/api/lint").then().statusCode(200);
    }

    @Test
    void anonymousCpuTimeIsChargedAndAnOverdrawnAllowanceGets429() {
        String address = "198.51.100.15";
        LintRateLimiter target = ClientProxy.unwrap(limiter);
        Clock before = target.clock;
        try {
            target.clock = Clock.fixed(Instant.parse("2016-10-01T00:00:00Z"), ZoneOffset.UTC); // no refill meanwhile
            assertEquals(6.0, limiter.cpuSecondsLeft(address), 1e-9);
            from(address).contentType("application/x-pem-file").body(bundle(2, "cpu").getBytes()).post("/api/lint").then().statusCode(200);
            double left = limiter.cpuSecondsLeft(address);
            assertTrue(left < 6.0 && left > 0, "the request's CPU time was charged: " + left + " s left");
            limiter.chargeCpu(address, 12); // as if big requests had run: overdrawn by a minute's allowance and more
            Response refused = from(address).contentType("application/x-pem-file").body(bundle(1, "cpu").getBytes()).post("/api/lint");
            refused.then().statusCode(429)
                    .body("error", equalTo("too many requests"))
                    .body("detail", containsString("6.0 CPU seconds a minute"))
                    .body("detail", containsString("casebook.upload.anonymous-lint-cpu-seconds-per-minute"));
            long retryAfter = Long.parseLong(refused.header("Retry-After"));
            long expected = (long) Math.ceil((12 - left) * 10); // seconds to refill what is overdrawn, at 0.1 CPU second a second
            assertTrue(Math.abs(retryAfter - expected) <= 1, "Retry-After " + retryAfter + ", expected about " + expected);
        } finally {
            target.clock = before;
        }
    }

    @Test
    void signedInReviewerKeepsTheUploadLimits() {
        String address = "198.51.100.16";
        String bundle = bundle(8, "reviewer");
        assertTrue(bundle.length() > 8000);
        for (int i = 0; i < 3; i++) {
            from(address).auth().preemptive().basic(REVIEWER, REVIEWER + "-pw").contentType("application/x-pem-file").body(bundle.getBytes())
                    .post("/api/lint").then().statusCode(200).body("certificates.size()", equalTo(8));
        }
        assertEquals(5.0, limiter.certificatesLeft(address), 1e-9, "a signed-in reviewer's certificates are not counted");
    }
}
