package org.casebook.bench.load;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * One client that sends a GET at a fixed rate (one every {@code intervalNanos}) whatever the server does, and
 * measures each request from the moment it was due, not from when it could be sent: when an answer takes two
 * seconds, the requests due meanwhile go out late and carry that wait. This corrects coordinated omission (a
 * closed-loop client would send fewer requests exactly when the server is slow, and report only the good times).
 */
final class OpenLoopProbe implements Runnable {

    final Samples latencies = new Samples();
    final Map<Integer, Long> statuses = new TreeMap<>();
    long errors;
    private final String path;
    private final long intervalNanos;
    private final HttpConnection connection;
    private final Thread thread = new Thread(this, "probe");
    private volatile long endNanos;

    OpenLoopProbe(int port, String path, long intervalNanos) {
        this.path = path;
        this.intervalNanos = intervalNanos;
        this.connection = new HttpConnection("127.0.0.1", port, 60_000);
        thread.setDaemon(true);
    }

    void start(long endNanos) {
        this.endNanos = endNanos;
        thread.start();
    }

    void join() throws InterruptedException {
        thread.join();
        connection.close();
    }

    @Override
    public void run() {
        long first = System.nanoTime();
        for (long due = first; due < endNanos; due += intervalNanos) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
            try {
                HttpConnection.Response response = connection.get(path, null);
                latencies.add(System.nanoTime() - due);
                statuses.merge(response.status(), 1L, Long::sum);
            } catch (IOException e) {
                latencies.add(System.nanoTime() - due);
                errors++;
            }
        }
    }
}
