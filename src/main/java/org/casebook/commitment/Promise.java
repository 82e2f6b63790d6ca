package org.casebook.commitment;

import java.time.LocalDate;
import org.casebook.issue.Issue;

/**
 * One thing a CA promised about an issue, whatever recorded it: a statement marked as a commitment, or (once incident
 * reports exist) an action item of a report. {@link PromiseSource}s make them; the ledger lists and judges them.
 *
 * @param source   what kind of record made the promise ({@code statement}, {@code action-item})
 * @param sourceId that record's id
 * @param madeOn   partial ISO date it was made, or null when undated
 * @param recorded the status a manager recorded (missed is also worked out from {@code due})
 */
public record Promise(Issue issue, String source, long sourceId, String text, String speaker, String madeOn,
        CommitmentKind kind, LocalDate due, CommitmentStatus recorded, String evidence) {

    /** The status at {@code today}: open past its due date is missed. */
    public CommitmentStatus statusOn(LocalDate today) {
        if (recorded == CommitmentStatus.OPEN && due != null && due.isBefore(today)) {
            return CommitmentStatus.MISSED;
        }
        return recorded;
    }

    public boolean promisesPrevention() {
        return kind == CommitmentKind.PREVENT;
    }
}
