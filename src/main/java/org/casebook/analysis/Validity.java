package org.casebook.analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Validity-period arithmetic as the rules (and zlint, whose results we match) count it. */
public final class Validity {

    private static final long DAY_SECONDS = 86_400;

    private Validity() {
    }

    /**
     * Adds calendar months and days in UTC the way Go's {@code time.AddDate} does: an overflowing
     * day rolls into the next month (Jan 31 + 1 month = Mar 3 or Mar 2), where java.time would clamp
     * it to the month's last day. zlint's month-based limits are defined this way.
     */
    public static Instant addDate(Instant start, int months, int days) {
        LocalDateTime time = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
        int monthIndex = time.getMonthValue() - 1 + months;
        int year = time.getYear() + Math.floorDiv(monthIndex, 12);
        int month = Math.floorMod(monthIndex, 12) + 1;
        LocalDate date = LocalDate.of(year, month, 1).plusDays(time.getDayOfMonth() - 1L + days);
        return date.atTime(time.toLocalTime()).toInstant(ZoneOffset.UTC);
    }

    /** True when the inclusive validity period is longer than {@code days} whole days. */
    public static boolean longerThanDays(CertificateView certificate, long days) {
        return certificate.validityPeriod().compareTo(Duration.ofSeconds(days * DAY_SECONDS)) > 0;
    }

    /** The inclusive validity period in days, rounded up. */
    public static long days(CertificateView certificate) {
        long seconds = certificate.validityPeriod().getSeconds();
        return Math.floorDiv(seconds + DAY_SECONDS - 1, DAY_SECONDS);
    }
}
