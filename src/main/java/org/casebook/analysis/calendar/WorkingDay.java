package org.casebook.analysis.calendar;

import java.time.LocalDate;

/**
 * What a calendar says of one date: a working day or a day off, and why, e.g. "a Sunday",
 * "National Day", "a Sunday worked in exchange (Victory Day exchange day)". {@code listed} is false
 * when the date falls outside the years the calendar covers and only the weekend rule was applied.
 */
public record WorkingDay(LocalDate date, boolean working, String reason, boolean listed) {
}
