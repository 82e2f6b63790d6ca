package org.casebook.issue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;

/**
 * An edit that waits for a row lock longer than the database allows (H2: 2 s) is refused with 503 and Retry-After,
 * changing nothing, instead of failing with a 500.
 */
@QuarkusTest
class LockTimeoutTests {

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    EntityManager em;

    @Test
    void anEditBlockedPastTheLockTimeoutIsAServiceUnavailableThatChangesNothing() throws Exception {
        caseFiles.createCa("lock-timeout", "Lock timeout");
        caseFiles.user("lock-editor", "manager");
        long issueId = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select i.id from issue i join certification_authority c on c.id = i.ca_id where c.slug = 'lock-timeout' and i.letter = 'H'")
                .getSingleResult()).longValue());
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select id from issue where id = ?1 for update").setParameter(1, issueId).getResultList();
            locked.countDown();
            try {
                Thread.sleep(4_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        locked.await(10, TimeUnit.SECONDS);

        given().auth().preemptive().basic("lock-editor", "lock-editor-pw").contentType("application/json")
                .body("{\"title\":\"written while locked\"}")
                .when().patch("/api/cas/lock-timeout/issues/H")
                .then().statusCode(503).header("Retry-After", "1").body("error", equalTo("busy"));
        holder.get(20, TimeUnit.SECONDS);

        given().when().get("/api/cas/lock-timeout/issues/H").then().statusCode(200)
                .body("title", org.hamcrest.Matchers.not(equalTo("written while locked")));
    }
}
