package org.casebook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.casebook.evidence.service.FindingsRefresh;
import org.junit.jupiter.api.Test;

/**
 * One instance at a time runs a job: while a job's lock is held (as another instance holds it while it runs the job),
 * nobody else gets it and the job is not run a second time; once given back, the next one gets it. The lock is a row
 * lock on its own connection, so a second connection here stands for a second instance exactly.
 */
@QuarkusTest
class JobLockTests {

    @Inject
    JobLock jobs;

    @Inject
    FindingsRefresh findingsRefresh;

    @Inject
    DataSource dataSource;

    @Test
    void aHeldLockIsRefusedToOthersUntilGivenBack() throws Exception {
        Optional<JobLock.Held> first = jobs.tryLock("findings-refresh");
        assertTrue(first.isPresent());
        try (JobLock.Held held = first.get()) {
            assertTrue(jobs.tryLock("findings-refresh").isEmpty(), "a second holder while the first runs");
            AtomicInteger runs = new AtomicInteger();
            assertFalse(jobs.runIfFree("findings-refresh", runs::incrementAndGet));
            assertEquals(0, runs.get());
            long started = System.nanoTime();
            assertTrue(jobs.lock("findings-refresh", Duration.ofMillis(500)).isEmpty());
            assertTrue(System.nanoTime() - started >= 400_000_000L, "waited for the lock before giving up");
            try (JobLock.Held other = jobs.tryLock("corpus-refresh").orElseThrow()) {
                // another job's lock is free meanwhile
            }
        }
        AtomicInteger runs = new AtomicInteger();
        assertTrue(jobs.runIfFree("findings-refresh", runs::incrementAndGet));
        assertEquals(1, runs.get());
    }

    @Test
    void theReLintLeavesTheWorkToTheInstanceHoldingItsLock() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update certificate set lintSetVersion = 'made-by-an-older-build'"
                    + " where id = (select min(id) from certificate)");
        }
        try (JobLock.Held anotherInstance = jobs.lock("findings-refresh", Duration.ofSeconds(60)).orElseThrow()) {
            assertEquals(0, findingsRefresh.refreshAll(), "nothing re-linted while another instance is at it");
        }
        assertTrue(findingsRefresh.refreshAll() >= 1, "re-linted once the lock was free");
    }
}
