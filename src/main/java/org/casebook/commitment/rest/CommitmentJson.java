package org.casebook.commitment.rest;

import java.time.LocalDate;
import java.util.List;
import org.casebook.commitment.service.CommitmentLedger;
import org.casebook.commitment.Promise;
import org.casebook.issue.Issue;
import org.casebook.issue.IssuePageUrls;

/** A promise in the ledger ({@code GET /api/cas/{ca}/commitments}), with its status and recurrence links. */
public record CommitmentJson(String ca, String letter, String source, long id, String text, String speaker, String madeOn,
        String kind, LocalDate due, String status, String evidence, String url, List<Recurrence> recurrence) {

    public record Recurrence(String ca, String letter, String title, String url) {
        static Recurrence of(Issue i) {
            return new Recurrence(i.ca.slug, i.letter, i.title, IssuePageUrls.of(i));
        }
    }

    public static CommitmentJson of(CommitmentLedger.Entry e) {
        Promise p = e.promise();
        return new CommitmentJson(p.issue().ca.slug, p.issue().letter, p.source(), p.sourceId(), p.text(), p.speaker(),
                p.madeOn(), p.kind().code(), p.due(), e.status().code(), p.evidence(),
                IssuePageUrls.of(p.issue()) + "#" + p.source() + "-" + p.sourceId(),
                e.recurrences().stream().map(Recurrence::of).toList());
    }
}
