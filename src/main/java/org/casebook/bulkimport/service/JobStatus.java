package org.casebook.bulkimport.service;

import java.time.Instant;
import java.util.List;

/**
 * A job as its page and {@code GET /api/jobs/{id}} show it. {@code done} counts the items whose outcome is committed
 * (stored, already on file, or rejected), out of {@code total}; the rate is of the current run, in items per second.
 */
public record JobStatus(long id, String ca, String state, String format, long bytes, long total, long done, long stored,
        long alreadyOnFile, long rejected, Double ratePerSecond, Long secondsLeft, Instant startedAt, Instant finishedAt,
        String startedBy, int resumptions, String failure, List<Rejection> rejections) {

    /** A rejected item: its number in the upload, where it was, and what is wrong with it. */
    public record Rejection(long item, String reason) {
    }

    public boolean running() {
        return "running".equals(state);
    }

    public int percent() {
        return total == 0 ? 100 : (int) (100 * done / total);
    }
}
