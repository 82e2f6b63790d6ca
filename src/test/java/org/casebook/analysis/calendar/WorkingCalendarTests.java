package org.casebook.analysis.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private final WorkingCalendar china = WorkingCalendars.bundled().forCountry("CN");

    @Test
    void chinaCovers2014To2018() {
        for (int year = 2014; year <= 2018; year++) {
            assertTrue(china.covers(year), "year " + year);
        }
        assertFalse(china.covers(2019));
    }

    @Test
    void adjustedWorkingSundayIsAWorkingDay() {
        WorkingDay day = china.day(LocalDate.parse("2015-09-06"));
        assertEquals(DayOfWeek.SUNDAY, day.date().getDayOfWeek());
        assertTrue(day.working());
        assertTrue(day.reason().contains("Victory Day"), day.reason());
    }

    @Test
    void holidaysAndWeekendsAreDaysOff() {
        assertFalse(china.day(LocalDate.parse("2015-10-01")).working());
        assertFalse(china.day(LocalDate.parse("2015-09-03")).working(), "Victory Day, a Thursday");
        assertFalse(china.day(LocalDate.parse("2015-12-20")).working(), "a Sunday");
        assertTrue(china.day(LocalDate.parse("2015-12-21")).working());
        assertFalse(china.day(LocalDate.parse("2016-02-08")).working(), "Spring Festival 2016");
        assertTrue(china.day(LocalDate.parse("2016-02-06")).working(), "Saturday worked before Spring Festival 2016");
    }

    /** Each year: 11 holiday days at least (the statutory minimum), and every exchange day is a weekend day. */
    @Test
    void everyCoveredYearIsPlausible() {
        for (int year = 2014; year <= 2018; year++) {
            int holidaysOnWeekdays = 0;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                WorkingDay day = china.day(d);
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (day.working() && weekend) {
                    assertTrue(day.reason().contains("exchange"), d + ": " + day.reason());
                }
                if (!day.working() && !weekend) {
                    holidaysOnWeekdays++;
                }
            }
            assertTrue(holidaysOnWeekdays >= 11, year + ": " + holidaysOnWeekdays + " weekday holidays");
        }
    }

    @Test
    void countriesWithoutAFileHaveWeekendsOnly() {
        WorkingCalendar us = WorkingCalendars.bundled().forCountry("US");
        assertFalse(us.day(LocalDate.parse("2015-12-19")).working());
        assertTrue(us.day(LocalDate.parse("2015-12-25")).working());
        assertFalse(us.day(LocalDate.parse("2015-12-19")).listed());
    }

    @Test
    void zonesComeFromTheCaOrItsCountry() {
        WorkingCalendars calendars = WorkingCalendars.bundled();
        assertEquals(ZoneId.of("Asia/Shanghai"), calendars.zone("CN", null).orElseThrow());
        assertEquals(ZoneId.of("Asia/Hong_Kong"), calendars.zone("CN", "Asia/Hong_Kong").orElseThrow());
        assertEquals(ZoneId.of("Asia/Shanghai"), calendars.zone("CN", "Not/AZone").orElseThrow());
        assertTrue(calendars.zone("ZZ", null).isEmpty());
    }

    @Test
    void malformedCalendarLinesAreRejectedWithTheLineNumber() {
        IOException error = assertThrows(IOException.class,
                () -> WorkingCalendar.parse("XX", new StringReader("weekend SATURDAY SUNDAY\noff 2015-13-01 Nonsense\n")));
        assertTrue(error.getMessage().contains("line 2"), error.getMessage());
        assertThrows(IOException.class, () -> WorkingCalendar.parse("XX", new StringReader("off 2015-10-01 Day\nwork 2015-10-01 Day\n")));
    }
}
