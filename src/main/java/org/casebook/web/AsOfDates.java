package org.casebook.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The {@code ?asOf=YYYY-MM-DD} of case pages, issue pages and their exports: the day whose end they show. */
public final class AsOfDates {

    private AsOfDates() {
    }

    /** Null when absent; a 400 naming {@code asOf} when it is not a date. */
    public static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            LocalDate day = LocalDate.parse(value);
            if (!DateRange.contains(day)) {
                throw ApiException.badRequest("asOf: '" + value + "' is not " + DateRange.DESCRIPTION);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("asOf: '" + value + "' is not a date like 2016-09-01");
        }
    }
}
