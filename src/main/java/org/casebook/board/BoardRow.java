package org.casebook.board;

import java.time.Instant;

/**
 * One line of the board: what a CA owes on which issue, since when and by when, and how long it is overdue
 * (whole days; 0 while less than a day late or not yet due).
 */
public record BoardRow(String ca, String letter, String kind, String what, Instant due, boolean overdue, long daysOverdue,
        Instant since, String manager, String link) {

    /** "3 days overdue", "1 day overdue", "overdue by less than a day", or "" when not yet due. */
    public String lateness() {
        if (!overdue) {
            return "";
        }
        return daysOverdue == 0 ? "overdue by less than a day" : daysOverdue + (daysOverdue == 1 ? " day" : " days") + " overdue";
    }
}
