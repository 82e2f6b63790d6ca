package org.casebook.analysis.lints.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Calendar arithmetic as Go's time.AddDate does it: months overflow into the next month instead of clamping. */
public final class GoCalendar {

    private GoCalendar() {
    }

    public static Instant plusMonths(Instant instant, int months) {
        LocalDateTime start = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        LocalDateTime firstOfMonth = start.withDayOfMonth(1).plusMonths(months);
        return firstOfMonth.plusDays(start.getDayOfMonth() - 1L).toInstant(ZoneOffset.UTC);
    }
}
