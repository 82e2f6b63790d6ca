package org.casebook.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Headers, the session cookie, and what the log must never hold. */
@QuarkusTest
class WebSurfaceTests {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @Test
    void pagesForbidInlineScriptFramingAndSniffing() {
        for (String path : List.of("/", "/login", "/api/cas", "/cas/nosuchca")) {
            Response response = given().get(path);
            String csp = response.getHeader("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", response.getHeader("X-Content-Type-Options"), path);
            assertNotNull(response.getHeader("Referrer-Policy"), path);
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndSecureBehindTls() {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{\"username\":\"cookieuser\",\"password\":\"cookieuser-pw\",\"roles\":[\"reviewer\"]}").post("/api/users");
        String plain = signInCookie(false);
        assertTrue(plain.toLowerCase().contains("; httponly"), plain);
        assertTrue(plain.toLowerCase().contains("; samesite=strict"), plain);
        assertFalse(plain.toLowerCase().contains("; secure"), plain);
        // Behind a TLS-terminating proxy that says so (README: quarkus.http.proxy.*), the cookie is Secure.
        String tls = signInCookie(true);
        assertTrue(tls.toLowerCase().contains("; secure") && tls.toLowerCase().contains("; httponly"), tls);
    }

    private static String signInCookie(boolean tls) {
        var request = given().redirects().follow(false).formParam("j_username", "cookieuser").formParam("j_password", "cookieuser-pw");
        if (tls) {
            request.header("X-Forwarded-Proto", "https");
        }
        Response response = request.post("/j_security_check");
        assertEquals(302, response.statusCode());
        return response.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("quarkus-credential=")).findFirst()
                .orElseThrow();
    }

    @Test
    void passwordsNeverReachTheLog() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        try {
            String secret = "Sup3r-Secret-Passw0rd";
            given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                    .body("{\"username\":\"logged\",\"password\":\"" + secret + "\",\"roles\":[\"reviewer\"]}").post("/api/users")
                    .then().statusCode(201);
            given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                    .body("{\"username\":\"logged2\",\"password\":\"short\",\"roles\":[\"reviewer\"]}").post("/api/users")
                    .then().statusCode(400);
            given().auth().preemptive().basic("logged", "Wrong-" + secret).get("/api/users").then().statusCode(401);
            given().redirects().follow(false).formParam("j_username", "logged").formParam("j_password", "Wrong2-" + secret)
                    .post("/j_security_check").then().statusCode(302);
            given().auth().preemptive().basic("logged", secret).get("/api/users").then().statusCode(403);
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        for (String line : lines) {
            assertFalse(line.contains("Secret-Passw0rd") || line.contains("short\""), "password in the log: " + line);
        }
    }
}
