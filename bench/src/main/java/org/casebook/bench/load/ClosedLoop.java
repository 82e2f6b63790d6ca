package org.casebook.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N clients, each on its own keep-alive connection, each sending its next GET as soon as the previous answer is
 * read (closed loop, as wrk does). Latency is from writing the request to reading its last byte. Requests that
 * finish inside the window count for the rate; the latency of every answered request counts for the percentiles,
 * including those that finish after the window (so slow requests are not dropped).
 *
 * <p>At the end the clients either finish the request in flight ({@link #finish(boolean, Duration)} with
 * {@code abandon=false}) or drop their connections at once ({@code abandon=true}), as clients that give up do.
 */
final class ClosedLoop {

    record Result(int clients, double seconds, long completedInWindow, Samples latencies, Map<Integer, Long> statuses, long errors,
            long bytes) {
        double perSecond() {
            return completedInWindow / seconds;
        }

        long status(int code) {
            return statuses.getOrDefault(code, 0L);
        }

        String statusSummary() {
            StringBuilder text = new StringBuilder();
            statuses.forEach((code, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append("x").append(code));
            if (errors > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(errors).append(" I/O errors");
            }
            return text.toString();
        }
    }

    private final int port;
    private final String path;
    private final String authorization;
    private final int clients;
    private final List<Client> running = new ArrayList<>();
    private volatile boolean abandoned;
    private long startNanos;
    private long endNanos;

    ClosedLoop(int port, String path, String authorization, int clients) {
        this.port = port;
        this.path = path;
        this.authorization = authorization;
        this.clients = clients;
    }

    /** Connects every client, then lets them all go at once for {@code seconds}. */
    ClosedLoop start(double seconds) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < clients; i++) {
            Client client = new Client(go);
            running.add(client);
            client.thread.start();
        }
        startNanos = System.nanoTime();
        endNanos = startNanos + (long) (seconds * 1e9);
        go.countDown();
        return this;
    }

    long endNanos() {
        return endNanos;
    }

    /** Runs start to finish: {@code seconds} of load, then lets the requests in flight finish (up to {@code drain}). */
    static Result run(int port, String path, String authorization, int clients, double seconds, Duration drain) throws InterruptedException {
        ClosedLoop loop = new ClosedLoop(port, path, authorization, clients).start(seconds);
        long sleep = (loop.endNanos - System.nanoTime()) / 1_000_000;
        if (sleep > 0) {
            Thread.sleep(sleep);
        }
        return loop.finish(false, drain);
    }

    /**
     * Waits for the window to end, then either drops every connection ({@code abandon}) or waits up to {@code drain}
     * for the requests in flight (and drops what is still running then).
     */
    Result finish(boolean abandon, Duration drain) throws InterruptedException {
        long sleep = (endNanos - System.nanoTime()) / 1_000_000;
        if (sleep > 0) {
            Thread.sleep(sleep);
        }
        if (abandon) {
            abandoned = true;
            running.forEach(client -> client.connection.close());
        } else {
            long deadline = System.nanoTime() + drain.toNanos();
            for (Client client : running) {
                client.thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            abandoned = true;
            running.forEach(client -> client.connection.close());
        }
        for (Client client : running) {
            client.thread.join(10_000);
        }
        List<Samples> parts = new ArrayList<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        long completed = 0;
        long errors = 0;
        long bytes = 0;
        for (Client client : running) {
            parts.add(client.latencies);
            client.statuses.forEach((code, count) -> statuses.merge(code, count, Long::sum));
            completed += client.completedInWindow;
            errors += client.errors;
            bytes += client.bytes.get();
        }
        return new Result(clients, (endNanos - startNanos) / 1e9, completed, Samples.merge(parts), statuses, errors, bytes);
    }

    private final class Client implements Runnable {
        final HttpConnection connection = new HttpConnection("127.0.0.1", port, 300_000);
        final Samples latencies = new Samples();
        final Map<Integer, Long> statuses = new TreeMap<>();
        final AtomicLong bytes = new AtomicLong();
        final Thread thread = new Thread(this, "load-client");
        final CountDownLatch go;
        long completedInWindow;
        long errors;

        Client(CountDownLatch go) {
            this.go = go;
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            while (!abandoned && System.nanoTime() < endNanos) {
                long sent = System.nanoTime();
                try {
                    HttpConnection.Response response = connection.get(path, authorization);
                    long done = System.nanoTime();
                    if (abandoned) {
                        return;
                    }
                    latencies.add(done - sent);
                    statuses.merge(response.status(), 1L, Long::sum);
                    bytes.addAndGet(response.bytes());
                    if (done <= endNanos) {
                        completedInWindow++;
                    }
                } catch (IOException e) {
                    if (abandoned) {
                        return;
                    }
                    errors++;
                    try {
                        Thread.sleep(10); // a refused connection must not spin
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }
}
