package org.casebook.obligation;

import java.time.Instant;

/**
 * Something a CA owes the root program by a deadline: a report, an answer, a revocation, an audit statement.
 * The board lists every open one across all CAs, overdue first.
 *
 * @param caSlug       the CA that owes it
 * @param issueLetter  the issue it belongs to, or null for an obligation of the whole CA (an audit statement)
 * @param kind         a short stable code for filtering, such as {@code preliminary-report}, {@code answer},
 *                     {@code revocation}, {@code audit-statement}
 * @param what         one line for a reader: what is owed
 * @param since        when the obligation began (the issue was reported, the question asked)
 * @param due          when it falls due
 * @param manager      the manager responsible, or null
 * @param link         the page path where it is dealt with, such as {@code /cas/wosign/issues/H}
 */
public record Obligation(String caSlug, String issueLetter, String kind, String what, Instant since, Instant due,
                         String manager, String link) {

    public boolean overdueAt(Instant now) {
        return due.isBefore(now);
    }
}
