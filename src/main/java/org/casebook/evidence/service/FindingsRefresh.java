package org.casebook.evidence.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.casebook.storage.JobLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recomputes stored per-certificate findings made by another lint set (a new Casebook version with
 * added or changed lints) or never made (seeded certificates). The lint set only changes with a new
 * build, so a pass after each start suffices; it runs in the background, in batches, so that a large
 * corpus does not hold up the start, and reads recompute any certificate it has not reached yet.
 */
@ApplicationScoped
public class FindingsRefresh {

    private static final Logger LOG = Logger.getLogger(FindingsRefresh.class);
    private static final int BATCH = 200;
    static final String JOB = "findings-refresh";

    @Inject
    JobLock jobs;

    // Looked up on the worker thread: building the lint registry should not hold up the start.
    @Inject
    Instance<CertificateService> certificates;

    @Inject
    Instance<CertificateLints> lints;

    @ConfigProperty(name = "casebook.findings.refresh-at-start", defaultValue = "true")
    boolean refreshAtStart;

    /** The pass waits this long after the start, so that the first requests do not share the cores with it. */
    @ConfigProperty(name = "casebook.findings.refresh-delay", defaultValue = "5s")
    Duration delay;

    private volatile Thread worker;
    private volatile boolean stopping;

    void start(@Observes StartupEvent event) {
        if (!refreshAtStart) {
            return;
        }
        worker = new Thread(this::refreshAllAfterDelay, "casebook-findings-refresh");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void refreshAllAfterDelay() {
        long until = System.nanoTime() + delay.toNanos();
        while (!stopping && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                return;
            }
        }
        refreshAll();
    }

    /**
     * Re-lints every stale certificate; returns how many were re-linted. When several instances share the database,
     * one of them does it: an instance that finds another one at it leaves it alone (returns 0).
     */
    public int refreshAll() {
        int[] total = {0};
        try {
            if (!jobs.runIfFree(JOB, () -> total[0] = relintStale())) {
                LOG.info("Another instance is re-linting the stored certificates; this one leaves it to that one");
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "re-linting stored certificates did not start; reads recompute them");
        }
        return total[0];
    }

    private int relintStale() {
        int total = 0;
        long after = 0;
        long started = System.nanoTime();
        try {
            while (!stopping) {
                List<Long> ids = certificates.get().staleIds(after, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                total += certificates.get().relintAll(ids);
                after = ids.get(ids.size() - 1);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "re-linting stored certificates stopped after %d; reads recompute the rest", total);
        }
        if (total > 0) {
            LOG.infof("Re-linted %d stored certificate(s) with lint set %s in %d ms", total, lints.get().fingerprint(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return total;
    }
}
