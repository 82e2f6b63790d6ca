package org.casebook.commitment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.claim.service.IssueClaims;
import org.casebook.commitment.CommitmentKind;
import org.casebook.commitment.CommitmentStatus;
import org.casebook.commitment.Promise;
import org.casebook.commitment.PromiseSource;
import org.casebook.commitment.StatementCommitment;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssuePart;
import org.casebook.issue.service.IssueService;
import org.casebook.storage.CaseClock;
import org.casebook.storage.VersionedEdits;
import org.casebook.web.ApiException;
import org.casebook.web.CodedEnum;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.Inputs;

/**
 * The commitment ledger of a CA: every promise from every {@link PromiseSource}, its status today, and the later
 * issues that are a recurrence of what a prevention promise covered.
 * <p>
 * A later issue (after the promise's issue in letter order, which is the case file's chronological order) is a
 * recurrence when both issues name defining findings and share one; when either names none, when they are in the same
 * category.
 */
@ApplicationScoped
@Transactional
public class CommitmentLedger {

    private static final List<String> KINDS = CodedEnum.codes(CommitmentKind.class);
    private static final List<String> STATUSES = CodedEnum.codes(CommitmentStatus.class);

    /** One promise as the ledger shows it. */
    public record Entry(Promise promise, CommitmentStatus status, List<Issue> recurrences) {
    }

    /** What an issue page shows: its own prevention promises that later issues broke, and earlier ones it breaks. */
    public record IssueRecurrences(List<Entry> brokenLater, List<Entry> breaks) {
        public boolean isEmpty() {
            return brokenLater.isEmpty() && breaks.isEmpty();
        }
    }

    @Inject
    Instance<PromiseSource> sources;

    @Inject
    IssueService issues;

    @Inject
    IssueClaims claims;

    @Inject
    CaseClock clock;

    @Inject
    VersionedEdits edits;

    @Inject
    Validator validator;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> entries(CertificationAuthority ca) {
        List<Issue> all = issues.listForCa(ca);
        List<Promise> promises = new ArrayList<>();
        sources.forEach(source -> promises.addAll(source.promisesOf(ca)));
        promises.sort(Comparator.comparing((Promise p) -> p.issue().letter)
                .thenComparing(p -> p.madeOn() == null ? "~" : p.madeOn()).thenComparing(Promise::sourceId));
        LocalDate today = clock.today();
        return promises.stream()
                .map(p -> new Entry(p, p.statusOn(today), p.promisesPrevention() ? recurrencesAfter(p.issue(), all) : List.of()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IssueRecurrences forIssue(Issue issue) {
        List<Entry> entries = entries(issue.ca);
        return new IssueRecurrences(
                entries.stream().filter(e -> e.promise().issue().id.equals(issue.id) && !e.recurrences().isEmpty()).toList(),
                entries.stream().filter(e -> e.recurrences().stream().anyMatch(i -> i.id.equals(issue.id))).toList());
    }

    private List<Issue> recurrencesAfter(Issue earlier, List<Issue> all) {
        List<String> earlierCodes = claims.definingFindings(earlier);
        List<Issue> found = new ArrayList<>();
        boolean after = false;
        for (Issue later : all) {
            if (later.id.equals(earlier.id)) {
                after = true;
                continue;
            }
            if (!after) {
                continue;
            }
            List<String> laterCodes = claims.definingFindings(later);
            boolean sameProblem = !earlierCodes.isEmpty() && !laterCodes.isEmpty()
                    ? laterCodes.stream().anyMatch(earlierCodes::contains)
                    : earlier.category != null && earlier.category == later.category;
            if (sameProblem) {
                found.add(later);
            }
        }
        return found;
    }

    /** Marks a statement as a commitment, or changes how it is marked. */
    public StatementCommitment mark(String caSlug, String letter, long statementId, CommitmentInput input, ExpectedVersion expected) {
        CaStatement statement = issues.part(caSlug, letter, IssuePart.STATEMENT, statementId);
        Inputs.valid(validator, input, "{\"kind\",\"due\",\"status\",\"evidence\"}");
        CommitmentKind kind = Inputs.code("kind", input.kind(), CommitmentKind::fromCode, KINDS);
        CommitmentStatus status = Inputs.code("status", input.status(), CommitmentStatus::fromCode, STATUSES);
        LocalDate due = Inputs.date("due", input.due());
        if (due != null && statement.statedOn != null && due.toString().compareTo(statement.statedOn) < 0
                && !due.toString().startsWith(statement.statedOn)) {
            throw ApiException.badRequest("due: '" + due + "' is before the statement (" + statement.statedOn + ")");
        }
        StatementCommitment commitment = StatementCommitment.forStatement(statement).orElse(null);
        if (commitment == null) {
            commitment = new StatementCommitment();
            commitment.statement = statement;
        } else {
            edits.lock(commitment, c -> c.version, expected, "the commitment of statement " + statementId);
        }
        commitment.kind = kind == null ? CommitmentKind.PREVENT : kind;
        commitment.status = status == null ? CommitmentStatus.OPEN : status;
        commitment.due = due;
        commitment.evidence = Inputs.blankToNull(input.evidence());
        if (!commitment.isPersistent()) {
            commitment.persist();
        }
        return commitment;
    }

    /** The statement stays; it is no longer a commitment. */
    public void unmark(String caSlug, String letter, long statementId, ExpectedVersion expected) {
        CaStatement statement = issues.part(caSlug, letter, IssuePart.STATEMENT, statementId);
        StatementCommitment commitment = StatementCommitment.forStatement(statement)
                .orElseThrow(() -> ApiException.notFound("statement " + statementId + " is not marked as a commitment"));
        edits.lock(commitment, c -> c.version, expected, "the commitment of statement " + statementId).delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementCommitment commitment(CaStatement statement) {
        return StatementCommitment.forStatement(statement).orElse(null);
    }
}
