package org.casebook.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import org.casebook.storage.CaseClock;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;

/**
 * Published pages are kept as rendered for anonymous readers until the database changes: a repeated read is served
 * from the cache with the same bytes and headers, any change (through the API, a page form or a service) shows on
 * the next read, and readers with credentials always get a page worked out for them.
 */
@QuarkusTest
class PublicPageCacheTests {

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CaseClock clock;

    private static Response anonymous(String path) {
        return given().when().get(path).then().statusCode(200).extract().response();
    }

    @Test
    void aRepeatedAnonymousReadIsServedFromTheCacheWithTheSameAnswer() {
        caseFiles.createCa("cache-repeat", "Cache repeat");
        for (String path : new String[] {"/cas/cache-repeat", "/cas/cache-repeat/issues/H", "/cas/cache-repeat.md",
                "/cas/cache-repeat/issues/H.md", "/"}) {
            Response first = anonymous(path);
            Response second = anonymous(path);
            assertEquals("hit", second.header(PublicPageCache.HEADER), path);
            assertEquals(first.asString(), second.asString(), path);
            assertEquals(first.contentType(), second.contentType(), path);
            assertEquals(first.header("Content-Disposition"), second.header("Content-Disposition"), path);
        }
    }

    @Test
    void aChangeShowsOnTheNextRead() {
        caseFiles.createCa("cache-change", "Cache change");
        caseFiles.user("cache-manager", "manager");
        anonymous("/cas/cache-change/issues/H");
        anonymous("/cas/cache-change.md");
        assertEquals("hit", anonymous("/cas/cache-change/issues/H").header(PublicPageCache.HEADER));

        given().auth().preemptive().basic("cache-manager", "cache-manager-pw").contentType("application/json")
                .body("{\"title\":\"Renamed through the API\"}")
                .when().patch("/api/cas/cache-change/issues/H").then().statusCode(200);
        Response page = anonymous("/cas/cache-change/issues/H");
        assertNotEquals("hit", page.header(PublicPageCache.HEADER));
        assertEquals(true, page.asString().contains("Renamed through the API"));
        assertEquals(true, anonymous("/cas/cache-change.md").asString().contains("Renamed through the API"));

        caseFiles.setTitle("cache-change", "H", "Renamed by a service", "A new body.");
        given().when().get("/cas/cache-change/issues/H").then().statusCode(200)
                .body(containsString("Renamed by a service"), not(containsString("Renamed through the API")));
    }

    @Test
    void readersWithCredentialsOrASessionAreNeverServedFromTheCache() {
        caseFiles.createCa("cache-signed-in", "Cache signed in");
        anonymous("/cas/cache-signed-in/issues/H");
        anonymous("/cas/cache-signed-in/issues/H");
        Response withCredentials = given().auth().preemptive().basic("admin", "test-admin-password")
                .when().get("/cas/cache-signed-in/issues/H").then().statusCode(200).extract().response();
        assertNotEquals("hit", withCredentials.header(PublicPageCache.HEADER));
        Response withSession = given().cookie("quarkus-credential", "anything")
                .when().get("/cas/cache-signed-in/issues/H").then().extract().response();
        assertNotEquals("hit", withSession.header(PublicPageCache.HEADER));
    }

    @Test
    void movingTheCaseClockShowsOnTheNextRead() {
        caseFiles.createCa("cache-clock", "Cache clock");
        anonymous("/cas/cache-clock/issues/H");
        assertEquals("hit", anonymous("/cas/cache-clock/issues/H").header(PublicPageCache.HEADER));
        try {
            clock.advance(Duration.ofDays(30));
            assertNotEquals("hit", anonymous("/cas/cache-clock/issues/H").header(PublicPageCache.HEADER));
        } finally {
            clock.reset();
        }
    }
}
