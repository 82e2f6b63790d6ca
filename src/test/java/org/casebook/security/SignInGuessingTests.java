package org.casebook.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Password guessing against one account from one address, with the tricks that used to reset the count. Each test
 * speaks from an address of its own (X-Forwarded-For, which the test profile trusts) and guesses at an account of
 * its own, so that no other test's failures or lockouts leak in.
 */
@QuarkusTest
@TestProfile(SignInGuessingTests.ProductionLimits.class)
class SignInGuessingTests {

    /** The limits a production start has (the other tests run with higher ones). */
    public static class ProductionLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("casebook.login.max-failures", "5", "casebook.login.max-failures-per-address", "20");
        }
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address).redirects().follow(false);
    }

    private static void account(String username, String password, String... roles) {
        int status = given().auth().preemptive().basic("admin", "test-admin-password").contentType(ContentType.JSON)
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password.replace("\"", "\\\"") + "\",\"roles\":[\""
                        + String.join("\",\"", roles) + "\"]}")
                .post("/api/users").statusCode();
        assertTrue(status == 201 || status == 409, "creating " + username + ": " + status);
    }

    /** The sequence: 50 guesses, and after every fourth a public GET with made-up credentials (nobody:x). */
    @Test
    void publicRequestsWithMadeUpCredentialsDoNotResetTheCount() {
        account("guessed1", "the real password 1", "admin");
        List<Integer> answers = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            answers.add(from("198.51.100.11").auth().preemptive().basic("guessed1", "guess" + i).get("/api/users").statusCode());
            if (i % 4 == 0) {
                from("198.51.100.11").header("Authorization", "Basic bm9ib2R5Ong=").get("/api/cas").statusCode();
            }
        }
        long refused = answers.stream().filter(s -> s == 401).count();
        long throttled = answers.stream().filter(s -> s == 429).count();
        assertEquals(50, refused + throttled, answers.toString());
        assertTrue(refused <= 50 - 1 && answers.get(answers.size() - 1) == 429, "the guessing must end in 429s: " + answers);
        assertTrue(throttled >= 50 - maxFailures(), refused + " answered 401, " + throttled + " 429: " + answers);
        // The right password is refused too while the account is locked: a guess that happens to be right proves nothing.
        from("198.51.100.11").auth().preemptive().basic("guessed1", "the real password 1").get("/api/users").then().statusCode(429);
    }

    /** Failures are counted per account: guessing from many addresses locks the account, not just each address. */
    @Test
    void guessesFromManyAddressesLockTheAccount() {
        account("guessed2", "the real password 2", "reviewer");
        for (int i = 0; i < maxFailures(); i++) {
            from("198.51.100." + (100 + i)).auth().preemptive().basic("guessed2", "guess" + i).get("/api/users").then().statusCode(401);
        }
        from("203.0.113.9").auth().preemptive().basic("guessed2", "the real password 2").get("/api/users").then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.10").formParam("j_username", "guessed2").formParam("j_password", "the real password 2")
                .redirects().follow(false).post("/j_security_check").then().statusCode(429);
        // Another account, from a fresh address, is not affected.
        account("bystander2", "bystander password", "reviewer");
        from("203.0.113.11").auth().preemptive().basic("bystander2", "bystander password").get("/api/users").then().statusCode(403);
    }

    /** Signing in successfully with another account does not clear the count of the account being guessed. */
    @Test
    void anotherAccountsSuccessDoesNotResetTheCount() {
        account("guessed3", "the real password 3", "admin");
        account("attacker3", "attacker password", "reviewer");
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < maxFailures() + 3; i++) {
            answers.add(from("198.51.100.33").auth().preemptive().basic("guessed3", "guess" + i).get("/api/users").statusCode());
            from("198.51.100.34").auth().preemptive().basic("attacker3", "attacker password").get("/api/users").then().statusCode(403);
        }
        assertEquals(429, answers.get(answers.size() - 1), answers.toString());
    }

    /** The account's own successful sign-in, before the limit, starts its count again. */
    @Test
    void theAccountsOwnSuccessClearsItsCount() {
        account("typist4", "the real password 4", "reviewer");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < maxFailures() - 1; i++) {
                from("198.51.100.4" + round).auth().preemptive().basic("typist4", "typo" + i).get("/api/users").then().statusCode(401);
            }
            from("198.51.100.4" + round).auth().preemptive().basic("typist4", "the real password 4").get("/api/users").then().statusCode(403);
        }
    }

    private static int maxFailures() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("casebook.login.max-failures", Integer.class);
    }
}
