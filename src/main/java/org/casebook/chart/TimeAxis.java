package org.casebook.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A horizontal (or vertical) time scale from {@code first} to {@code last} over {@code length} pixels from {@code origin}. */
final class TimeAxis {

    private final long first;
    private final long last;
    private final double origin;
    private final double length;

    TimeAxis(Instant first, Instant last, double origin, double length) {
        long a = first.getEpochSecond();
        long b = last.getEpochSecond();
        if (b <= a) {
            // One instant only: a day either side, so it sits in the middle.
            a -= 86_400;
            b += 86_400;
        }
        this.first = a;
        this.last = b;
        this.origin = origin;
        this.length = length;
    }

    double at(Instant instant) {
        return origin + length * (instant.getEpochSecond() - first) / (double) (last - first);
    }

    double at(LocalDate day) {
        return at(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Ticks on 1 January of each year, or on the first of every month when the span is short, at most about 12. */
    List<LocalDate> ticks() {
        LocalDate from = Instant.ofEpochSecond(first).atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate to = Instant.ofEpochSecond(last).atOffset(ZoneOffset.UTC).toLocalDate();
        List<LocalDate> ticks = new ArrayList<>();
        long months = (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
        if (months <= 24) {
            int step = (int) Math.max(1, (months + 11) / 12);
            for (LocalDate day = from.withDayOfMonth(1).plusMonths(1); !day.isAfter(to); day = day.plusMonths(step)) {
                ticks.add(day);
            }
        } else {
            int step = (int) Math.max(1, (to.getYear() - from.getYear() + 11) / 12);
            for (LocalDate day = LocalDate.of(from.getYear() + 1, 1, 1); !day.isAfter(to); day = day.plusYears(step)) {
                ticks.add(day);
            }
        }
        return ticks;
    }

    static String label(LocalDate tick) {
        return tick.getDayOfYear() == 1 ? Integer.toString(tick.getYear()) : tick.toString().substring(0, 7);
    }
}
