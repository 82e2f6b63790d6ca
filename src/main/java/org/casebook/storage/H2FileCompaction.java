package org.casebook.storage;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Keeps an embedded H2 file database from growing without bound. Casebook runs H2 with {@code WRITE_DELAY=0} (a
 * commit is on disk before it returns), which also turns off H2's background thread, and with it the compaction
 * that moves live pages out of mostly empty chunks. Without it the file grew about 50 times larger than its data
 * (28,000 certificates: 2.6 GB; 51 MB once compacted). This does that compaction on a timer instead.
 */
@ApplicationScoped
public class H2FileCompaction {

    private static final Logger LOG = Logger.getLogger(H2FileCompaction.class);

    /** Chunks filled less than this are rewritten. */
    static final int TARGET_FILL_RATE = 80;

    /** At most this much is rewritten in one round, so that a round stays short next to uploads. */
    static final int WRITE_LIMIT_BYTES = 16 << 20;

    /** A round takes steps of {@value #WRITE_LIMIT_BYTES} bytes until nothing is left to move or this much time has passed. */
    static final Duration ROUND_BUDGET = Duration.ofMillis(500);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "casebook.storage.h2-compaction-every", defaultValue = "10s")
    Duration every;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        if (!InterruptSafeH2Url.isEmbeddedFile(url) || every.isZero() || every.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "casebook-h2-compaction");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::compactQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            // shutdown(), not shutdownNow(): an interrupt in the middle of a round would land in H2's file I/O.
            // A round is at most ROUND_BUDGET long, so waiting for it costs little.
            timer.shutdown();
            try {
                timer.awaitTermination(ROUND_BUDGET.toMillis() * 4, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void compactQuietly() {
        try (Connection connection = dataSource.getConnection()) {
            long deadline = System.nanoTime() + ROUND_BUDGET.toNanos();
            while (compactOnce(connection) && System.nanoTime() < deadline) {
                // another step while there is something to move and time left in this round
            }
        } catch (SQLException | RuntimeException e) {
            // the next round tries again; a failed round costs only disk space
            LOG.warnf(e, "compacting the H2 database file failed");
        }
    }

    /**
     * One round on the embedded H2 database behind {@code connection}: rewrites the live pages of sparsely filled
     * chunks (up to {@value #WRITE_LIMIT_BYTES} bytes) so that their space is used again. True if anything moved.
     */
    static boolean compactOnce(Connection connection) throws SQLException {
        return store(connection).compact(TARGET_FILL_RATE, WRITE_LIMIT_BYTES);
    }

    static MVStore store(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }
}
