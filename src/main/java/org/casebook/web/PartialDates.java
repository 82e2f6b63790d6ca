package org.casebook.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Partial ISO dates ("2015", "2015-03", "2015-03-05") as stored on issues and statements. */
public final class PartialDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private PartialDates() {
    }

    /** A partial date in {@link DateRange}'s years; null is valid (not known). */
    public static boolean isValid(String value) {
        if (value == null) {
            return true;
        }
        if (!value.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
            return false;
        }
        try {
            switch (value.length()) {
                case 7 -> YearMonth.parse(value);
                case 10 -> LocalDate.parse(value);
                default -> {
                }
            }
            return DateRange.contains(Integer.parseInt(value.substring(0, 4)));
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }

    /** "16 Jan 2015", "Mar 2015", "2015"; the input unchanged when it is not a partial date. */
    public static String display(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            return switch (value.length()) {
                case 7 -> YearMonth.parse(value).format(MONTH);
                case 10 -> LocalDate.parse(value).format(DAY);
                default -> value;
            };
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** "Jan 2015 - Mar 2015", "Jun 2016", or "" when neither end is known. */
    public static String period(String start, String end) {
        String from = display(start);
        String to = display(end);
        if (from.isEmpty()) {
            return to;
        }
        if (to.isEmpty() || to.equals(from)) {
            return from;
        }
        return from + " – " + to;
    }
}
