package org.casebook.evidence.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.casebook.evidence.config.UploadConfig;

/**
 * Spreads the chunks of one lint request over the processors: the request's own thread works through the chunks
 * together with up to {@code casebook.upload.lint-threads - 1} pool threads, each taking the next chunk not yet
 * taken. When the pool is busy with other requests, the request's thread does the rest alone, so a request never
 * waits for a pool thread. The CPU time the pool threads spent is added up, for the anonymous CPU allowance.
 */
@ApplicationScoped
public class LintWorkers {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Inject
    UploadConfig config;

    private volatile ExecutorService pool;

    /**
     * {@code work} applied to each chunk, results in the chunks' order. {@code cpuNanos} receives the CPU time that
     * pool threads spent on them; the calling thread's own share is in its own CPU time.
     */
    public <T, R> List<R> map(List<T> chunks, Function<T, R> work, LongAdder cpuNanos) {
        Object[] results = new Object[chunks.size()];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(chunks.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
                long started = cpuTime();
                try {
                    if (failure.get() == null) {
                        results[i] = work.apply(chunks.get(i));
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    if (Thread.currentThread() != caller) {
                        cpuNanos.add(Math.max(0, cpuTime() - started));
                    }
                    finished.countDown();
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        int extra = Math.min(threads() - 1, chunks.size() - 1);
        for (int i = 0; i < extra; i++) {
            try {
                helpers.add(pool().submit(drain));
            } catch (RejectedExecutionException shuttingDown) {
                break;
            }
        }
        drain.run();
        // Wait for the chunks that helpers took, not for helpers still queued behind other requests: those find nothing left.
        helpers.forEach(helper -> helper.cancel(false));
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        } else if (failed instanceof Error error) {
            throw error;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    /** The CPU time of the calling thread in nanoseconds; its wall time where the JVM cannot tell. */
    public static long cpuTime() {
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return cpu < 0 ? System.nanoTime() : cpu;
    }

    int threads() {
        int configured = config.lintThreads();
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    private ExecutorService pool() {
        ExecutorService known = pool;
        if (known == null) {
            synchronized (this) {
                known = pool;
                if (known == null) {
                    AtomicInteger count = new AtomicInteger();
                    // A pool queue may hold helpers of several requests; each request's own thread finishes its work regardless.
                    known = Executors.newFixedThreadPool(Math.max(1, threads() - 1), task -> {
                        Thread thread = new Thread(task, "casebook-lint-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                    pool = known;
                }
            }
        }
        return known;
    }

    @PreDestroy
    void stop() {
        ExecutorService known = pool;
        if (known != null) {
            known.shutdownNow();
        }
    }
}
