package org.casebook.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** bcrypt reads only the first 72 bytes of a password; Casebook must tell passwords apart after that. */
@QuarkusTest
class LongPasswordTests {

    private static void create(String username, String password) {
        given().auth().preemptive().basic("admin", "test-admin-password").contentType(ContentType.JSON.withCharset("UTF-8"))
                .body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":[\"reviewer\"]}")
                .post("/api/users").then().statusCode(201);
    }

    /** Basic credentials in UTF-8 (RFC 7617's charset="UTF-8"); 403 is "signed in, but not an admin"; 401 is "wrong password". */
    private static int signIn(String username, String password) {
        String credentials = java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return given().header("X-Forwarded-For", "192.0.2.72").header("Authorization", "Basic " + credentials)
                .get("/api/users").statusCode();
    }

    @Test
    void asciiPasswordsThatDifferAfterByte72AreDifferent() {
        String prefix = "K".repeat(72);
        create("long-ascii", prefix + "-tail-one");
        assertEquals(403, signIn("long-ascii", prefix + "-tail-one"));
        assertEquals(401, signIn("long-ascii", prefix + "-totally-different"));
        assertEquals(401, signIn("long-ascii", prefix));
    }

    @Test
    void utf8PasswordsThatDifferAfterByte72AreDifferent() {
        String twoByte = "é".repeat(36); // 72 bytes in UTF-8
        String threeByte = "€".repeat(25); // 75 bytes: byte 72 falls inside the 25th character
        assertTrue(twoByte.getBytes(StandardCharsets.UTF_8).length == 72);
        create("long-utf8-a", twoByte + "ü-eins");
        assertEquals(403, signIn("long-utf8-a", twoByte + "ü-eins"));
        assertEquals(401, signIn("long-utf8-a", twoByte + "ü-zwei"));
        create("long-utf8-b", threeByte + "一");
        assertEquals(403, signIn("long-utf8-b", threeByte + "一"));
        assertEquals(401, signIn("long-utf8-b", threeByte + "二"));
        assertEquals(401, signIn("long-utf8-b", "€".repeat(24) + "€x"));
    }

    /** Accounts stored before the change (plain bcrypt) still sign in, and their hash is upgraded on the way. */
    @Test
    void olderHashesStillWorkAndAreUpgradedOnSignIn() {
        String password = "an older password";
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = new AppUser();
            user.username = "legacy-hash";
            user.password = BcryptUtil.bcryptHash(password, 4);
            user.roles = "reviewer";
            user.persist();
        });
        assertTrue(stored("legacy-hash").startsWith("$2"));
        assertEquals(401, signIn("legacy-hash", password + "x"));
        assertEquals(403, signIn("legacy-hash", password));
        String upgraded = stored("legacy-hash");
        assertFalse(upgraded.startsWith("$2"), upgraded);
        assertEquals(403, signIn("legacy-hash", password));
        assertEquals(401, signIn("legacy-hash", password + "x"));
    }

    /** An older hash of a long password cannot tell the tails apart: such a password is refused rather than guessed. */
    @Test
    void olderHashesRefuseCandidatesLongerThan72Bytes() {
        String prefix = "L".repeat(72);
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = new AppUser();
            user.username = "legacy-long";
            user.password = BcryptUtil.bcryptHash(prefix + "-tail-one", 4);
            user.roles = "reviewer";
            user.persist();
        });
        assertEquals(401, signIn("legacy-long", prefix + "-totally-different"));
        assertTrue(stored("legacy-long").startsWith("$2"), "a refused sign-in changes nothing");
    }

    private static String stored(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElseThrow().password);
    }
}
