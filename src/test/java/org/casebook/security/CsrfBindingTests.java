package org.casebook.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CSRF token is good only for the session it was issued to: a made-up cookie/field pair, or a real pair taken from
 * another session (anonymous or another user's), is refused; the pair the session's own page carries works.
 */
@QuarkusTest
class CsrfBindingTests {

    @Inject
    TestCaseFiles caseFiles;

    @BeforeEach
    void data() {
        if (given().get("/api/cas/csrfca").statusCode() == 404) {
            caseFiles.createCa("csrfca", "CSRF Test CA");
        }
        caseFiles.user("csrfmanager", "manager");
        caseFiles.user("csrfreviewer", "reviewer");
    }

    /** A signed-in browser: its sign-in cookie, and the CSRF cookie and form field of the issue page it last read. */
    private record Session(String credential, String csrfCookie, String csrfField) {
        static Session signIn(String username) {
            Response login = given().redirects().follow(false).formParam("j_username", username).formParam("j_password", username + "-pw")
                    .post("/j_security_check");
            String credential = login.getCookie("quarkus-credential");
            assertTrue(credential != null && !login.getHeader("Location").contains("error"), "sign-in as " + username);
            return new Session(credential, null, null).read();
        }

        static Session anonymous() {
            return new Session(null, null, null).read();
        }

        Session read() {
            RequestSpecification request = given().redirects().follow(false);
            if (credential != null) {
                request.cookie("quarkus-credential", credential);
            }
            if (csrfCookie != null) {
                request.cookie("csrf-token", csrfCookie);
            }
            Response page = request.get("/cas/csrfca/issues/H");
            assertEquals(200, page.statusCode());
            String field = Jsoup.parse(page.asString()).select("input[name=csrf-token]").attr("value");
            String cookie = page.getCookie("csrf-token") != null ? page.getCookie("csrf-token") : csrfCookie;
            return new Session(credential, cookie, field);
        }

        Response comment(String cookie, String field, String text) {
            RequestSpecification request = given().redirects().follow(false).cookie("quarkus-credential", credential)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("text", text);
            if (cookie != null) {
                request.cookie("csrf-token", cookie);
            }
            if (field != null) {
                request.formParam("csrf-token", field);
            }
            return request.post("/cas/csrfca/issues/H/comments");
        }
    }

    private static List<String> comments() {
        return given().get("/api/cas/csrfca/issues/H/comments").jsonPath().getList("text", String.class);
    }

    @Test
    void aMadeUpEqualCookieAndFieldAreRefused() {
        Session manager = Session.signIn("csrfmanager");
        int form = manager.comment("AAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAA", "forged by form").statusCode();
        int header = given().redirects().follow(false).cookie("quarkus-credential", manager.credential())
                .cookie("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA").header("X-CSRF-TOKEN", "AAAAAAAAAAAAAAAAAAAAAA")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("text", "forged by header")
                .post("/cas/csrfca/issues/H/comments").statusCode();
        assertTrue(form == 400 || form == 403, "forged pair in the form: " + form);
        assertTrue(header == 400 || header == 403, "forged pair in the header: " + header);
        assertTrue(comments().stream().noneMatch(t -> t.startsWith("forged")), comments().toString());
    }

    @Test
    void aRealPairFromAnotherSessionIsRefused() {
        Session manager = Session.signIn("csrfmanager");
        Session anonymous = Session.anonymous();
        Session reviewer = Session.signIn("csrfreviewer");
        for (Session other : List.of(anonymous, reviewer)) {
            int status = manager.comment(other.csrfCookie(), other.csrfField(), "planted pair").statusCode();
            assertTrue(status == 400 || status == 403, "a pair from another session: " + status);
        }
        assertTrue(comments().stream().noneMatch(t -> t.equals("planted pair")), comments().toString());
    }

    @Test
    void theSessionsOwnPairWorksAndKeepsWorking() {
        Session manager = Session.signIn("csrfmanager");
        assertEquals(303, manager.comment(manager.csrfCookie(), manager.csrfField(), "first, with the page's own token").statusCode());
        // A form that has been on screen a while: other pages read since then leave its token good.
        Session later = manager.read();
        assertEquals(manager.csrfField(), later.csrfField());
        assertEquals(303, manager.comment(manager.csrfCookie(), manager.csrfField(), "second, same token").statusCode());
        assertTrue(comments().containsAll(List.of("first, with the page's own token", "second, same token")), comments().toString());
    }
}
