package org.casebook.analysis.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One country's working days: its weekend, and for the years it covers, its public holidays and the
 * weekend days that are official working days instead (China moves whole days to build week-long
 * holidays; 2015-09-06 was a working Sunday). Read from a data file; see {@code calendars/CN.calendar}.
 */
public final class WorkingCalendar {

    private final String country;
    private final Set<DayOfWeek> weekend;
    private final int firstYear;
    private final int lastYear;
    private final Map<LocalDate, String> daysOff;
    private final Map<LocalDate, String> workingWeekendDays;

    private WorkingCalendar(String country, Set<DayOfWeek> weekend, int firstYear, int lastYear,
            Map<LocalDate, String> daysOff, Map<LocalDate, String> workingWeekendDays) {
        this.country = country;
        this.weekend = Collections.unmodifiableSet(weekend);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.daysOff = Map.copyOf(daysOff);
        this.workingWeekendDays = Map.copyOf(workingWeekendDays);
    }

    /** Saturday and Sunday off, nothing else known: the rule for countries without a calendar file. */
    public static WorkingCalendar weekendOnly(String country) {
        return new WorkingCalendar(country, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 0, -1, Map.of(), Map.of());
    }

    public String country() {
        return country;
    }

    /** The days of the week that are days off unless listed as worked. */
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /** Whether the holidays of this year are listed, not just the weekend rule. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public WorkingDay day(LocalDate date) {
        String exchanged = workingWeekendDays.get(date);
        if (exchanged != null) {
            return new WorkingDay(date, true, "a " + dayName(date) + " worked in exchange (" + exchanged + ")", true);
        }
        String holiday = daysOff.get(date);
        if (holiday != null) {
            return new WorkingDay(date, false, "a public holiday (" + holiday + ")", true);
        }
        boolean listed = covers(date.getYear());
        if (weekend.contains(date.getDayOfWeek())) {
            return new WorkingDay(date, false, "a " + dayName(date), listed);
        }
        return new WorkingDay(date, true, "a " + dayName(date), listed);
    }

    private static String dayName(LocalDate date) {
        String name = date.getDayOfWeek().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Parses a calendar file; a malformed line is an error naming the line. */
    public static WorkingCalendar parse(String country, Reader source) throws IOException {
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        int firstYear = 0;
        int lastYear = -1;
        Map<LocalDate, String> off = new HashMap<>();
        Map<LocalDate, String> work = new HashMap<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] words = text.split("\\s+");
            try {
                switch (words[0]) {
                    case "weekend" -> {
                        for (int i = 1; i < words.length; i++) {
                            weekend.add(DayOfWeek.valueOf(words[i].toUpperCase(Locale.ROOT)));
                        }
                    }
                    case "covers" -> {
                        firstYear = Integer.parseInt(words[1]);
                        lastYear = Integer.parseInt(words[2]);
                    }
                    case "off" -> {
                        LocalDate first = LocalDate.parse(words[1]);
                        boolean range = words.length > 3 && words[2].matches("\\d{4}-\\d{2}-\\d{2}");
                        LocalDate last = range ? LocalDate.parse(words[2]) : first;
                        String name = join(words, range ? 3 : 2);
                        if (last.isBefore(first) || last.isAfter(first.plusDays(31))) {
                            throw new IllegalArgumentException("holiday period " + first + " to " + last + " is not a period of at most a month");
                        }
                        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                            off.put(d, name);
                        }
                    }
                    case "work" -> {
                        LocalDate date = LocalDate.parse(words[1]);
                        work.put(date, join(words, 2));
                    }
                    default -> throw new IllegalArgumentException("unknown keyword '" + words[0] + "'");
                }
            } catch (DateTimeException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new IOException("calendar " + country + " line " + number + ": " + e.getMessage(), e);
            }
        }
        for (LocalDate date : work.keySet()) {
            if (off.containsKey(date)) {
                throw new IOException("calendar " + country + ": " + date + " is listed both as a holiday and as a working day");
            }
        }
        if (weekend.isEmpty()) {
            weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        return new WorkingCalendar(country, weekend, firstYear, lastYear, off, work);
    }

    private static String join(String[] words, int from) {
        if (from >= words.length) {
            throw new IllegalArgumentException("missing the day's name");
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }
}
