package org.casebook.bench.load;

import java.util.Arrays;
import java.util.Collection;

/** Latencies in nanoseconds; percentiles by nearest rank over every sample (no histogram buckets). */
final class Samples {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    static Samples merge(Collection<Samples> parts) {
        Samples all = new Samples();
        for (Samples part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.values[i]);
            }
        }
        return all;
    }

    /** The q-quantile (0 < q <= 1) in milliseconds by nearest rank, NaN without samples. */
    double millis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    double maxMillis() {
        return millis(1.0);
    }
}
