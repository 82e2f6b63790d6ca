package org.casebook.revocation.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.issue.Issue;
import org.casebook.revocation.RevocationClock;
import org.casebook.revocation.RevocationDeadlines;
import org.casebook.revocation.RevocationDeadlines.Deadline;
import org.casebook.revocation.RevocationReason;
import org.casebook.revocation.RevocationStatus;
import org.casebook.storage.CaseClock;
import org.casebook.web.ApiException;

/**
 * An issue's revocation clock: when the CA learned of the problem (set by a manager), which BR 4.9.1.1 deadline that
 * starts, and, for each evidence certificate, whether the CRLs and OCSP responses on file show it revoked in time, late
 * (by how long), not revoked, or nothing at all. A promised revocation date is checked the same way. Without a date
 * set, the issue's own reported time (its {@code reportedAt}) stands in; with neither there is no deadline: the statuses
 * are still shown, unjudged.
 */
@ApplicationScoped
@Transactional
public class RevocationClocks {

    /** The finding an issue carries when evidence certificates were revoked late or not at all. */
    public static final String LATE_FINDING = "e_revocation_deadline_missed";
    public static final String PROMISE_FINDING = "e_revocation_promise_missed";

    @Inject
    RevocationStatuses statuses;

    @Inject
    CaseClock clock;

    public enum Verdict {
        IN_TIME("revoked in time"), LATE("revoked late"), NOT_REVOKED("not revoked"), NOT_YET_DUE("not revoked, not yet due"),
        REVOKED("revoked"), NO_DEADLINE("not revoked (no deadline set)"), UNKNOWN("unknown");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Owed and missing: counted in the finding and on the board. */
        public boolean missed() {
            return this == LATE || this == NOT_REVOKED;
        }
    }

    /** One evidence certificate against the deadline (and against the promise, when there is one). */
    public record Row(StoredCertificate certificate, RevocationStatus status, Verdict verdict, Duration lateBy,
            Verdict promiseVerdict, Duration latePastPromiseBy) {
        public String lateByText() {
            return lateBy == null ? null : durationText(lateBy);
        }

        public String latePastPromiseByText() {
            return latePastPromiseBy == null ? null : durationText(latePastPromiseBy);
        }
    }

    /** The clock of one issue as of {@code now}. */
    public record Report(Issue issue, RevocationClock clock, Instant learnedAt, Deadline deadline, Instant promisedBy,
            List<Row> rows, Instant now) {
        public long count(Verdict verdict) {
            return rows.stream().filter(r -> r.verdict() == verdict).count();
        }

        /** The rows a page lists: none while no deadline or promise is set (the evidence table has each status), else the first 100. */
        public List<Row> shownRows() {
            return deadline == null && promisedBy == null ? List.of() : rows.subList(0, Math.min(100, rows.size()));
        }

        public long inTime() {
            return count(Verdict.IN_TIME);
        }

        public long late() {
            return count(Verdict.LATE);
        }

        public long notRevoked() {
            return count(Verdict.NOT_REVOKED);
        }

        public long unknown() {
            return count(Verdict.UNKNOWN);
        }

        public long missed() {
            return rows.stream().filter(r -> r.verdict().missed()).count();
        }

        public long missedPromise() {
            return rows.stream().filter(r -> r.promiseVerdict() != null && r.promiseVerdict().missed()).count();
        }

        /** Evidence certificates still to revoke (not revoked or unknown): what the board lists. */
        public long open() {
            return rows.stream().filter(r -> !r.status().revoked()).count();
        }

        /** The findings on the issue: late plus unrevoked past the deadline, and past the promise. */
        public List<StoredFinding> findings() {
            List<StoredFinding> findings = new ArrayList<>();
            if (deadline != null && missed() > 0) {
                findings.add(new StoredFinding(LATE_FINDING, "error", missed() + " of " + rows.size() + " evidence certificates: "
                        + count(Verdict.LATE) + " revoked late, " + count(Verdict.NOT_REVOKED) + " not revoked as of the newest CRL or"
                        + " OCSP response on file, against a deadline of " + deadline.allowedText() + " from " + learnedAt
                        + " (due " + deadline.due() + ")", deadline.rule()));
            }
            if (promisedBy != null && missedPromise() > 0) {
                findings.add(new StoredFinding(PROMISE_FINDING, "error", missedPromise() + " of " + rows.size()
                        + " evidence certificates were not revoked by the date the CA promised (" + promisedBy + ")",
                        "the CA's own commitment"));
            }
            return findings;
        }
    }

    /** What a manager sends: any field may be null (learnedAt null stops the clock). */
    public record ClockInput(Instant learnedAt, String reason, Instant promisedBy, String note) {
    }

    @Transactional(SUPPORTS)
    public Optional<RevocationClock> clockOf(Issue issue) {
        return RevocationClock.forIssue(issue);
    }

    public RevocationClock set(Issue issue, ClockInput input) {
        RevocationReason reason;
        try {
            reason = input.reason() == null || input.reason().isBlank() ? null : RevocationReason.fromCode(input.reason().strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("reason: " + e.getMessage() + "; one of " + org.casebook.web.CodedEnum.codes(RevocationReason.class));
        }
        if (input.note() != null && input.note().length() > 4096) {
            throw ApiException.badRequest("note: at most 4096 characters");
        }
        RevocationClock clock = RevocationClock.forIssue(issue).orElseGet(() -> {
            RevocationClock created = new RevocationClock();
            created.issue = issue;
            return created;
        });
        clock.learnedAt = input.learnedAt();
        clock.reason = reason;
        clock.promisedBy = input.promisedBy();
        clock.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        clock.persist();
        return clock;
    }

    /** When the CA learned of the issue: the date a manager set, else when the issue was reported, else null (no clock). */
    static Instant learnedAt(RevocationClock clock, Issue issue) {
        if (clock != null && clock.learnedAt != null) {
            return clock.learnedAt;
        }
        return issue == null ? null : issue.reportedAt;
    }

    @Transactional(SUPPORTS)
    public Report report(Issue issue) {
        RevocationClock saved = RevocationClock.forIssue(issue).orElse(null);
        List<StoredCertificate> certificates = EvidenceLink.forIssue(issue).stream().map(l -> l.certificate).toList();
        return report(issue, saved, certificates, statuses.of(certificates), clock.now());
    }

    static Report report(Issue issue, RevocationClock saved, List<StoredCertificate> certificates, Map<Long, RevocationStatus> statuses,
            Instant now) {
        Instant learnedAt = learnedAt(saved, issue);
        Deadline deadline = RevocationDeadlines.of(learnedAt, saved == null ? null : saved.reason).orElse(null);
        Instant promisedBy = saved == null ? null : saved.promisedBy;
        List<Row> rows = new ArrayList<>(certificates.size());
        for (StoredCertificate certificate : certificates) {
            RevocationStatus status = statuses.getOrDefault(certificate.id, RevocationStatus.UNKNOWN);
            Instant due = deadline == null ? null : deadline.due();
            Verdict verdict = verdict(status, due, now);
            Verdict promise = promisedBy == null ? null : verdict(status, promisedBy, now);
            rows.add(new Row(certificate, status, verdict, verdict == Verdict.LATE ? Duration.between(due, status.revokedAt()) : null,
                    promise, promise == Verdict.LATE ? Duration.between(promisedBy, status.revokedAt()) : null));
        }
        return new Report(issue, saved, learnedAt, deadline, promisedBy, rows, now);
    }

    /**
     * Revoked by {@code due} or after it; not revoked as of the newest source, which counts against the deadline once it
     * has passed; unknown without a source. Without a deadline the status is shown unjudged.
     */
    static Verdict verdict(RevocationStatus status, Instant due, Instant now) {
        return switch (status.state()) {
            case UNKNOWN -> Verdict.UNKNOWN;
            case REVOKED -> due == null ? Verdict.REVOKED : status.revokedAt().isAfter(due) ? Verdict.LATE : Verdict.IN_TIME;
            case NOT_REVOKED -> due == null ? Verdict.NO_DEADLINE : now.isAfter(due) ? Verdict.NOT_REVOKED : Verdict.NOT_YET_DUE;
        };
    }

    /** "3 days 4 hours", "5 hours 20 minutes", "12 minutes". */
    public static String durationText(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + (hours == 1 ? " hour" : " hours") : "");
        }
        if (hours > 0) {
            return hours + (hours == 1 ? " hour" : " hours") + (minutes > 0 ? " " + minutes + " minutes" : "");
        }
        return Math.max(minutes, 0) + " minutes";
    }

    /** Every issue with a clock set: for the board. */
    @Transactional(SUPPORTS)
    public List<Report> reports() {
        List<Report> reports = new ArrayList<>();
        for (RevocationClock saved : RevocationClock.<RevocationClock>listAll()) {
            reports.add(report(saved.issue));
        }
        return reports;
    }
}
