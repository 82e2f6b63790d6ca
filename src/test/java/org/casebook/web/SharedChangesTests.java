package org.casebook.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;

/**
 * A page cached by this instance is not served after another instance changed the database: the other instance's
 * change arrives only through the shared change counter (here moved directly, as another instance does after it
 * commits), not through this instance's own write counter. The packaged application on PostgreSQL shows the same
 * between two processes (TwoInstancesIT).
 */
@QuarkusTest
class SharedChangesTests {

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    DataSource dataSource;

    @Inject
    SharedChanges changes;

    @Test
    void aCachedPageIsWorkedOutAgainAfterAnotherInstanceWrote() throws Exception {
        caseFiles.createCa("shared-change", "Shared change");
        awaitCachedWhileNothingWrites("/cas/shared-change");

        long ownBefore = CaseFileChanges.generation();
        long othersBefore = changes.othersChanges();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update change_counter set generation = generation + 1 where id = 1");
        }
        long until = System.currentTimeMillis() + 10_000;
        while (changes.othersChanges() == othersBefore && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertTrue(changes.othersChanges() > othersBefore, "the other instance's change was seen within 10 s");
        assertEquals(ownBefore, CaseFileChanges.generation(), "nothing changed through this instance");
        assertEquals("miss", given().get("/cas/shared-change").then().statusCode(200).extract().header(PublicPageCache.HEADER));
        awaitCachedWhileNothingWrites("/cas/shared-change");
    }

    /**
     * Background work of earlier test classes (a corpus refresh after their uploads) may still be writing, and each
     * of its writes empties the cache: wait until the page is served from the cache with no write in between.
     */
    private static void awaitCachedWhileNothingWrites(String path) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            long generation = CaseFileChanges.generation();
            given().get(path).then().statusCode(200);
            String second = given().get(path).then().statusCode(200).extract().header(PublicPageCache.HEADER);
            Thread.sleep(300);
            if ("hit".equals(second) && generation == CaseFileChanges.generation()) {
                return;
            }
            assertTrue(System.currentTimeMillis() < until, "the page was never served from the cache with nothing writing");
        }
    }

    @Test
    void thisInstancesOwnWritesDoNotCountAsAnotherInstancesChanges() throws Exception {
        long othersBefore = changes.othersChanges();
        caseFiles.createCa("shared-own", "Shared own");
        caseFiles.createCa("shared-own-2", "Shared own 2");
        Thread.sleep(2_500); // the counter has been moved for those writes and read again meanwhile
        assertEquals(othersBefore, changes.othersChanges());
    }
}
