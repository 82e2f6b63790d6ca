package org.casebook.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates a case file can hold: years 1970 to 2200. The web PKI is younger than 1970, and a year such as
 * 0000 or +99999 is a typing or encoding mistake that other tools (exports, databases) cannot represent.
 */
public final class DateRange {

    public static final int FIRST_YEAR = 1970;
    public static final int LAST_YEAR = 2200;
    public static final String DESCRIPTION = "between " + FIRST_YEAR + " and " + LAST_YEAR;

    private DateRange() {
    }

    public static boolean contains(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean contains(LocalDate date) {
        return date == null || contains(date.getYear());
    }

    public static boolean contains(Instant instant) {
        return instant == null || (!instant.isBefore(LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                && instant.isBefore(LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
