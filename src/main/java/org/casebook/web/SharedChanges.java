package org.casebook.web;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@link CaseFileChanges} for several instances on one database. Each instance counts its own writes in memory; this
 * adds the writes of the others, through the {@code change_counter} row: after a transaction that wrote has ended, the
 * instance adds one to it, and every {@code casebook.instances.changes-check-every} it reads it. Both happen on one
 * thread, so the count of the others' changes is the row's value less this instance's own additions, and never goes
 * back. {@link #generation()} moves whenever either count moves, so a page cached before another instance's change
 * is not served for longer than about one check interval after it.
 */
@ApplicationScoped
public class SharedChanges {

    private static final Logger LOG = Logger.getLogger(SharedChanges.class);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "casebook.instances.changes-check-every", defaultValue = "1s")
    Duration checkEvery;

    private ScheduledExecutorService thread;
    private final AtomicBoolean addQueued = new AtomicBoolean();
    /** Touched only on {@link #thread}. */
    private long ownAdditions;
    private volatile long othersChanges;

    void start(@Observes StartupEvent event) {
        if (checkEvery.isZero() || checkEvery.isNegative()) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread worker = new Thread(task, "casebook-shared-changes");
            worker.setDaemon(true);
            return worker;
        });
        CaseFileChanges.onWritesEnded(this::addSoon);
        thread.scheduleWithFixedDelay(this::check, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        CaseFileChanges.onWritesEnded(null);
        if (thread != null) {
            thread.shutdown();
        }
    }

    /** Moves whenever this instance or another one has changed the database (see the class comment). */
    public long generation() {
        return CaseFileChanges.generation() + othersChanges;
    }

    /** Changes other instances made that this one has seen so far. */
    long othersChanges() {
        return othersChanges;
    }

    private void addSoon() {
        if (!addQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                addQueued.set(false);
                add();
            });
        } catch (RejectedExecutionException stopping) {
            addQueued.set(false);
        }
    }

    private void add() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update change_counter set generation = generation + 1 where id = 1");
            ownAdditions++;
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("could not tell other instances about a change (%s); their cached pages may lag until the next one", e.getMessage());
        }
    }

    private void check() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select generation from change_counter where id = 1")) {
            if (row.next()) {
                othersChanges = Math.max(othersChanges, row.getLong(1) - ownAdditions);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("reading the shared change counter failed: %s", e.getMessage());
        }
    }
}
