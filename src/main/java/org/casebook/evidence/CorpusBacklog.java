package org.casebook.evidence;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the corpus refresh that a certificate was stored without its corpus findings (by the seed, a test,
 * any code other than the upload path): until the refresh has analysed it, stored corpus statistics are
 * incomplete and readers recompute instead.
 */
public final class CorpusBacklog {

    private static final AtomicLong STORED_UNANALYSED = new AtomicLong();
    private static volatile Runnable listener = () -> { };

    private CorpusBacklog() {
    }

    static void storedUnanalysed() {
        STORED_UNANALYSED.incrementAndGet();
        listener.run();
    }

    /** How many certificates were stored unanalysed since the start: a refresh pass is complete only if this did not move. */
    public static long storedUnanalysedCount() {
        return STORED_UNANALYSED.get();
    }

    public static void listen(Runnable onStoredUnanalysed) {
        listener = onStoredUnanalysed;
    }
}
