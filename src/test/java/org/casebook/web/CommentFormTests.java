package org.casebook.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.casebook.support.FormSession;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The comment form answers a bad comment as the other forms do: the form again, with the problem named. */
@QuarkusTest
class CommentFormTests {

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void aFiveMegabyteCommentGetsTheFormBackWithTheError() {
        if (given().get("/api/cas/commentca").statusCode() == 404) {
            caseFiles.createCa("commentca", "Comment Test CA");
        }
        caseFiles.user("creviewer", "reviewer");
        FormSession reviewer = FormSession.signIn("creviewer", "creviewer-pw");
        reviewer.get("/cas/commentca/issues/H").then().statusCode(200);
        int before = given().get("/api/cas/commentca/issues/H/comments").jsonPath().getList("$").size();

        Response answer = reviewer.post("/cas/commentca/issues/H/comments", Map.of("text", "x".repeat(5 * 1024 * 1024)));
        assertEquals(400, answer.statusCode());
        assertTrue(answer.contentType().startsWith("text/html"), answer.contentType());
        Document page = Jsoup.parse(answer.asString());
        assertTrue(page.selectFirst("#form-error").text().startsWith("text:"), page.selectFirst("#form-error").text());
        assertEquals(1, page.select("form#comment-form textarea[name=text]").size());
        assertEquals(1, page.select("form#comment-form input[name=csrf-token]").size());

        Response blank = reviewer.post("/cas/commentca/issues/H/comments", Map.of("text", "  "));
        assertEquals(400, blank.statusCode());
        assertTrue(Jsoup.parse(blank.asString()).selectFirst("#form-error").text().startsWith("text:"));

        // Within the limit, what was typed comes back for correcting; and nothing was stored by either.
        assertEquals(before, given().get("/api/cas/commentca/issues/H/comments").jsonPath().getList("$").size());
        String near = "y".repeat(20_001);
        Response tooLong = reviewer.post("/cas/commentca/issues/H/comments", Map.of("text", near));
        assertEquals(400, tooLong.statusCode());
        assertEquals(near, Jsoup.parse(tooLong.asString()).selectFirst("form#comment-form textarea[name=text]").wholeText().strip());
    }
}
