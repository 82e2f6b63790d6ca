package org.casebook.web;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Keeps heavy pages ({@link HeavyWork}) from taking the server down. Under 32 clients an export that took a second
 * alone took ten, requests whose clients had long gone kept every core busy for minutes, and a transaction timeout
 * finally closed the database. So: a fixed number of permits (default: one per core); a request waits at most
 * {@code casebook.load.heavy-queue-wait} for one, then gets 503 with {@code Retry-After}, which a browser or script
 * can act on, rather than a place in a queue that grows faster than it is served. While a request holds a permit,
 * every SQL statement it runs first checks ({@link #checkStillWanted()}, called by {@link AbandonedWorkCheck}) that
 * its client is still connected and the server is not stopping; if not, the work ends there with {@link Abandoned}
 * and its transaction rolls back.
 */
@ApplicationScoped
public class HeavyWorkGate {

    /** The request the current thread works for, while it holds a permit. */
    private static final ThreadLocal<Work> CURRENT = new ThreadLocal<>();

    private static final long POLL_MILLIS = 50;

    @ConfigProperty(name = "casebook.load.heavy-concurrency", defaultValue = "0")
    int concurrency;

    @ConfigProperty(name = "casebook.load.heavy-queue-wait", defaultValue = "1s")
    Duration queueWait;

    private Semaphore permits;
    private int permitCount;
    private volatile boolean stopping;

    private record Work(HeavyWorkGate gate, HttpServerResponse response) {
        boolean clientGone() {
            return response != null && response.closed();
        }
    }

    @PostConstruct
    void init() {
        permitCount = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
        permits = new Semaphore(permitCount, true);
    }

    /** Runs {@code work} under a permit for the request answered through {@code response} (null outside HTTP). */
    <T> T run(HttpServerResponse response, Callable<T> work) throws Exception {
        if (CURRENT.get() != null) {
            return work.call(); // a heavy method called from another one: the permit is already held
        }
        Work current = new Work(this, response);
        if (!acquire(current)) {
            throw new Busy(stopping ? "the server is stopping" : "too many heavy pages are being prepared at once; try again shortly");
        }
        CURRENT.set(current);
        try {
            return work.call();
        } finally {
            CURRENT.remove();
            permits.release();
        }
    }

    private boolean acquire(Work work) throws InterruptedException {
        long deadline = System.nanoTime() + queueWait.toNanos();
        while (true) {
            if (stopping || work.clientGone()) {
                return false;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (permits.tryAcquire(Math.max(0, Math.min(left, POLL_MILLIS)), TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (left <= 0) {
                return false;
            }
        }
    }

    /**
     * Throws {@link Abandoned} when the current thread works for a heavy request whose client has gone, or the server
     * is stopping; does nothing on any other thread.
     */
    public static void checkStillWanted() {
        Work work = CURRENT.get();
        if (work == null) {
            return;
        }
        if (work.gate().stopping) {
            throw new Abandoned("the server is stopping");
        }
        if (work.clientGone()) {
            throw new Abandoned("the client closed the connection");
        }
    }

    // Early, so that heavy work still running sees it at its next query while Quarkus winds down.
    void stop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    int availablePermits() {
        return permits.availablePermits();
    }

    int permitCount() {
        return permitCount;
    }

    /** No permit came free in time. */
    public static final class Busy extends RuntimeException {
        Busy(String detail) {
            super(detail, null, false, false);
        }
    }

    /** The work was stopped because nobody is waiting for it any more. */
    public static final class Abandoned extends RuntimeException {
        Abandoned(String detail) {
            super(detail, null, false, false);
        }
    }

    @ServerExceptionMapper
    public Response mapBusy(Busy e) {
        return unavailable(e.getMessage());
    }

    @ServerExceptionMapper
    public Response mapAbandoned(Abandoned e) {
        // Usually nobody reads this: the client has gone, or the server is closing its connections.
        return unavailable(e.getMessage());
    }

    private static Response unavailable(String detail) {
        return Response.status(503).header("Retry-After", "1").type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("busy", detail)).build();
    }
}
