package org.casebook.evidence.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.casebook.analysis.CertificateView;
import org.casebook.evidence.CorpusBacklog;
import org.casebook.evidence.StoredCertificate;
import org.casebook.storage.JobLock;
import org.jboss.logging.Logger;

/**
 * Brings stored corpus findings up to date in the background: after each start (certificates stored before
 * V6, by the seed, or under another check set), and whenever a certificate was stored without them or an
 * arrival left more stale findings than it refreshed at once. Until a pass has counted every certificate,
 * {@link StoredCorpusFindings#statisticsComplete()} is false and readers check against the corpus instead.
 */
@ApplicationScoped
public class CorpusRefresh {

    private static final Logger LOG = Logger.getLogger(CorpusRefresh.class);
    private static final int BATCH = 50;
    static final String JOB = "corpus-refresh";

    @Inject
    JobLock jobs;

    @Inject
    StoredCorpusFindings stored;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "casebook-corpus-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Transactions that stored a certificate without its corpus findings and have not ended yet. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean stopping;

    void listen(@Observes @Priority(1) StartupEvent event) {
        CorpusBacklog.listen(this::storedUnanalysed);
    }

    void start(@Observes @Priority(20_000) StartupEvent event) {
        wake();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdownNow();
    }

    /** A certificate was persisted without its corpus findings: statistics are incomplete until the refresh has seen it. */
    void storedUnanalysed() {
        stored.statisticsComplete(false);
        if (transactions.getTransactionKey() == null) {
            wake();
            return;
        }
        pending.incrementAndGet();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                pending.decrementAndGet();
                wake();
            }
        });
    }

    /** Runs a pass once the current transaction (if any) has ended: for findings it marked stale. */
    void wakeAfterCommit() {
        if (transactions.getTransactionKey() == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            wake();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                wake();
            }
        });
    }

    /** Queues a pass unless one is queued already. */
    public void wake() {
        if (stopping || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.set(false);
                refreshAll();
            });
        } catch (RuntimeException rejected) {
            queued.set(false);
        }
    }

    /** Waits (for tests) until no pass is queued or running and the statistics are complete, at most {@code millis}. */
    public boolean awaitQuiet(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!queued.get() && stored.statisticsComplete() && pending.get() == 0) {
                // a pass may still be running: an empty task after it tells
                var done = worker.submit(() -> { });
                try {
                    done.get(Math.max(1, until - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    return false;
                }
                if (!queued.get() && stored.statisticsComplete()) {
                    return true;
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    /**
     * Analyses every certificate whose stored corpus findings are missing or stale; returns how many. One instance at
     * a time: one that finds another at it tries again a moment later (the other may have passed what this one stored).
     */
    public int refreshAll() {
        int[] total = {0};
        boolean ran;
        try {
            ran = jobs.runIfFree(JOB, () -> total[0] = analyseStale());
            if (!ran) {
                LOG.debug("another instance is refreshing the stored corpus findings; trying again in a second");
            }
        } catch (RuntimeException e) {
            ran = false;
            if (!stopping) {
                LOG.warnf(e, "refreshing stored corpus findings did not start; trying again in a second");
            }
        }
        if (!ran && !stopping) {
            CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS).execute(this::wake);
        }
        return total[0];
    }

    private int analyseStale() {
        int total = 0;
        long started = System.nanoTime();
        try {
            long backlog;
            boolean found;
            do {
                backlog = CorpusBacklog.storedUnanalysedCount();
                found = false;
                long after = 0;
                while (!stopping) {
                    long from = after;
                    List<Long> ids = QuarkusTransaction.requiringNew().call(() -> staleIds(from));
                    if (ids.isEmpty()) {
                        break;
                    }
                    found = true;
                    long t0 = System.nanoTime();
                    total += QuarkusTransaction.requiringNew().call(() -> refreshBatch(ids));
                    LOG.debugf("corpus refresh: %d certificates in %d ms", ids.size(), (System.nanoTime() - t0) / 1_000_000);
                    after = ids.get(ids.size() - 1);
                }
            } while (!stopping && (found || backlog != CorpusBacklog.storedUnanalysedCount()));
            if (!stopping && pending.get() == 0 && backlog == CorpusBacklog.storedUnanalysedCount()) {
                stored.statisticsComplete(true);
            }
        } catch (RuntimeException e) {
            if (stopping) {
                return total;
            }
            LOG.warnf(e, "refreshing stored corpus findings stopped after %d; reads check the rest against the corpus", total);
        }
        if (total > 0) {
            LOG.infof("Analysed the corpus findings of %d stored certificate(s) in %d ms", total, (System.nanoTime() - started) / 1_000_000);
        }
        return total;
    }

    List<Long> staleIds(long afterId) {
        return StoredCertificate.getEntityManager()
                .createQuery("select c.id from StoredCertificate c where c.id > ?1 and (c.corpusVersion is null or c.corpusVersion <> ?2)"
                        + " order by c.id", Long.class)
                .setParameter(1, afterId).setParameter(2, stored.fingerprint()).setMaxResults(BATCH).getResultList();
    }

    int refreshBatch(List<Long> ids) {
        List<StoredCertificate> certificates = StoredCertificate.list("id in ?1 order by id", ids);
        List<CertificateView> views = new ArrayList<>(certificates.size());
        for (StoredCertificate certificate : certificates) {
            views.add(StoredCorpusFindings.parse(certificate));
        }
        stored.arrived(certificates, views);
        return certificates.size();
    }
}
