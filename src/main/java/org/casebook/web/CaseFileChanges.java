package org.casebook.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever anything in the database may have changed: when a statement that writes runs, and
 * again when its transaction ends. Whatever was worked out from the database while the counter stood at one value
 * is still true as long as it stands there, which is what {@link PublicPageCache} relies on.
 */
public final class CaseFileChanges {

    private static final AtomicLong GENERATION = new AtomicLong();
    private static final AtomicLong ENDED_WRITES = new AtomicLong();
    private static volatile Runnable writesEndedListener;

    private CaseFileChanges() {
    }

    public static long generation() {
        return GENERATION.get();
    }

    static void changed() {
        GENERATION.incrementAndGet();
    }

    /**
     * The case clock was moved (tests do): pages that count time against deadlines (revocation and audit clocks,
     * missed commitments) are as stale as after a change.
     */
    public static void timeMoved() {
        changed();
    }

    /** A transaction that wrote has ended (committed or rolled back). */
    static void writesEnded() {
        ENDED_WRITES.incrementAndGet();
        GENERATION.incrementAndGet();
        Runnable listener = writesEndedListener;
        if (listener != null) {
            listener.run();
        }
    }

    /** Told after each transaction that wrote has ended ({@link SharedChanges} tells the other instances); null: nobody. */
    static void onWritesEnded(Runnable listener) {
        writesEndedListener = listener;
    }

    /** How many transactions that wrote have ended since the start. */
    static long endedWrites() {
        return ENDED_WRITES.get();
    }

    /** Whether an SQL statement may change data or schema (anything but a query). */
    static boolean writes(String sql) {
        int start = 0;
        int length = sql.length();
        while (start < length && (Character.isWhitespace(sql.charAt(start)) || sql.charAt(start) == '(')) {
            start++;
        }
        if (sql.startsWith("/*", start)) {
            int end = sql.indexOf("*/", start);
            return end < 0 || writes(sql.substring(end + 2));
        }
        String head = sql.substring(start, Math.min(length, start + 8)).toLowerCase(Locale.ROOT);
        return !(head.startsWith("select") || head.startsWith("with") || head.startsWith("values") || head.startsWith("call")
                || head.startsWith("explain") || head.startsWith("show"));
    }
}
