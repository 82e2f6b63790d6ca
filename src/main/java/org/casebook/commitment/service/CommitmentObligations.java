package org.casebook.commitment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.casebook.commitment.CommitmentStatus;
import org.casebook.commitment.StatementCommitment;
import org.casebook.obligation.Obligation;
import org.casebook.obligation.ObligationSource;

/** Open commitments with a due date are owed by then: the board lists them (overdue ones first). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentObligations implements ObligationSource {

    public static final String KIND = "commitment";

    @Override
    public List<Obligation> openAt(Instant now) {
        return StatementCommitment.open().stream()
                .filter(c -> c.due != null && c.status == CommitmentStatus.OPEN)
                .map(CommitmentObligations::obligation)
                .toList();
    }

    private static Obligation obligation(StatementCommitment c) {
        var issue = c.statement.issue;
        String text = c.statement.text.replaceAll("\\s+", " ").strip();
        Instant due = endOf(c.due);
        Instant since = c.statement.statedOn != null && c.statement.statedOn.length() == 10
                ? LocalDate.parse(c.statement.statedOn).atStartOfDay(ZoneOffset.UTC).toInstant() : due;
        return new Obligation(issue.ca.slug, issue.letter, KIND,
                "Commitment (" + c.kind.code() + "): " + (text.length() > 120 ? text.substring(0, 119) + "…" : text),
                since, due, null, "/cas/" + issue.ca.slug + "/commitments");
    }

    /** A due date means by the end of that UTC day. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
