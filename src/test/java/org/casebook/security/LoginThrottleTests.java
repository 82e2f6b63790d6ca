package org.casebook.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginThrottleTests {

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void unlock() {
        throttle.forget("127.0.0.1");
        throttle.forgetAccount("admin");
    }

    @Test
    void repeatedFailuresLockTheClientOut() {
        for (int i = 0; i < throttle.maxFailures(); i++) {
            given().auth().preemptive().basic("admin", "wrong-" + i).get("/api/users").then().statusCode(401);
        }
        given().auth().preemptive().basic("admin", "test-admin-password").get("/api/users").then().statusCode(429)
                .header("Retry-After", notNullValue());
        given().formParam("j_username", "admin").formParam("j_password", "test-admin-password")
                .post("/j_security_check").then().statusCode(429);
    }

    @Test
    void lockoutDoublesWithEachFurtherFailure() {
        for (int i = 0; i < throttle.maxFailures(); i++) {
            throttle.recordFailure("192.0.2.1");
        }
        Duration first = throttle.lockedFor("192.0.2.1");
        throttle.recordFailure("192.0.2.1");
        Duration second = throttle.lockedFor("192.0.2.1");
        assertTrue(first.compareTo(Duration.ZERO) > 0);
        assertTrue(second.compareTo(first) > 0, first + " then " + second);
        throttle.forget("192.0.2.1");
        assertEquals(Duration.ZERO, throttle.lockedFor("192.0.2.1"));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", notNullValue());
    }
}
