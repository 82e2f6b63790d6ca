package org.casebook.analysis.corpus;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts of the corpus checks' costly work since the start: signature verifications made to tell issuer keys
 * apart, and corpus rows read by the lookups. For tests and benchmarks that show the work per certificate stays
 * bounded whatever the corpus holds.
 */
public final class CorpusWork {

    private static final AtomicLong VERIFICATIONS = new AtomicLong();
    private static final AtomicLong ROWS_READ = new AtomicLong();

    private CorpusWork() {
    }

    public static long verifications() {
        return VERIFICATIONS.get();
    }

    public static long corpusRowsRead() {
        return ROWS_READ.get();
    }

    static void verified() {
        VERIFICATIONS.incrementAndGet();
    }

    /** Called by lookups for the rows a query returned. */
    public static void rowsRead(int rows) {
        ROWS_READ.addAndGet(rows);
    }
}
