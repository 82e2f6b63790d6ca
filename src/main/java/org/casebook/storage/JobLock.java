package org.casebook.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Lets one instance at a time run a job when several Casebook instances share a database: the instance that holds
 * the lock on the job's row in {@code job_lock} runs it, and holds it on a connection of its own (with an open
 * transaction) until the job ends; a crashed instance's lock ends with its connection. Others skip the row instead
 * of waiting ({@code FOR UPDATE SKIP LOCKED}, on H2 and PostgreSQL alike), so they learn at once that someone else has it.
 */
@ApplicationScoped
public class JobLock {

    private static final Logger LOG = Logger.getLogger(JobLock.class);
    private static final String LOCK_ROW = "select name from job_lock where name = ? for update skip locked";

    @Inject
    DataSource dataSource;

    /** A lock this instance holds; closing it lets the next instance take it. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;
        private final String name;

        private Held(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // closing the connection ends the transaction and its lock anyway
                LOG.debugf(e, "releasing the job lock %s", name);
            }
        }
    }

    /** The lock on {@code name} when no other instance holds it; empty when one does. */
    public Optional<Held> tryLock(String name) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            boolean locked;
            try (PreparedStatement statement = connection.prepareStatement(LOCK_ROW)) {
                statement.setString(1, name);
                try (ResultSet row = statement.executeQuery()) {
                    locked = row.next();
                }
            }
            if (!locked) {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.close();
                return Optional.empty();
            }
            return Optional.of(new Held(connection, name));
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the failure below is what matters
                }
            }
            throw new IllegalStateException("cannot take the job lock " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits (checking every 200 ms) until no other instance holds {@code name}, at most {@code patience}. */
    public Optional<Held> lock(String name, Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<Held> held = tryLock(name);
            if (held.isPresent() || System.nanoTime() >= until) {
                return held;
            }
            Thread.sleep(200);
        }
    }

    /** Runs {@code job} if no other instance is running it now; false (and nothing run) when one is. */
    public boolean runIfFree(String name, Runnable job) {
        Optional<Held> held = tryLock(name);
        if (held.isEmpty()) {
            return false;
        }
        try (Held lock = held.get()) {
            job.run();
        }
        return true;
    }
}
