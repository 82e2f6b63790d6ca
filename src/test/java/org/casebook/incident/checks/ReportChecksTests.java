package org.casebook.incident.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casebook.incident.ActionItem;
import org.casebook.incident.ActionItemKind;
import org.casebook.incident.ActionItemStatus;
import org.casebook.incident.ReportKind;
import org.casebook.incident.ReportWarning;
import org.casebook.incident.TimelineRow;
import org.junit.jupiter.api.Test;

/** Each report check on one report that trips it and one that passes it. */
class ReportChecksTests {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    /** A full report with every section, dated rows and items, a systemic root cause, and counts that agree. */
    private static ReportUnderCheck complete() {
        return new ReportUnderCheck(ReportKind.FULL, "Two certificates were issued with SHA-1 after the deadline.",
                "2 certificates, both revoked.",
                List.of(new TimelineRow(Instant.parse("2016-01-04T10:11:00Z"), "First certificate signed"),
                        new TimelineRow(Instant.parse("2016-08-30T08:00:00Z"), "Both revoked")),
                "The issuance API accepted a signature-algorithm parameter from the client and did not check it against the "
                        + "allowed set after the SHA-1 sunset date.",
                "Parameters that reach the signing system are checked on the server side.",
                List.of(new ActionItem("Reject SHA-1 in the signing service", ActionItemKind.PREVENT, LocalDate.parse("2016-10-01"),
                        ActionItemStatus.DONE, "No SHA-1 certificate in CT logs after the date")),
                List.of(SHA_A, SHA_B), 2, 2, Set.of(SHA_A, SHA_B));
    }

    private static ReportUnderCheck with(ReportKind kind, String summary, String impact, List<TimelineRow> timeline, String rootCause,
            String lessons, List<ActionItem> items, List<String> affected, Integer issueCount, Integer earlierCount, Set<String> inEvidence) {
        return new ReportUnderCheck(kind, summary, impact, timeline, rootCause, lessons, items, affected, issueCount, earlierCount, inEvidence);
    }

    private static List<ReportWarning> run(ReportCheck check, ReportUnderCheck report) {
        List<ReportWarning> warnings = check.check(report);
        warnings.forEach(w -> assertEquals(check.code(), w.code()));
        return warnings;
    }

    @Test
    void aCompleteReportPassesEveryCheck() {
        for (ReportCheck check : List.of(new MissingSection(), new TimelineRowWithoutTime(), new ActionItemWithoutDueDate(),
                new ActionItemWithoutKind(), new RootCauseOnlyHumanError(), new AffectedCountDiffers(), new AffectedNotInEvidence(),
                new NoPreventingActionItem())) {
            assertEquals(List.of(), run(check, complete()), check.code());
        }
    }

    @Test
    void aFullReportWithoutRootCauseAndLessonsIsMissingSections() {
        ReportUnderCheck r = complete();
        List<ReportWarning> warnings = run(new MissingSection(), with(r.kind(), r.summary(), r.impact(), r.timeline(), " ", null,
                r.actionItems(), r.affected(), 2, 2, r.affectedInEvidence()));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("Root Cause Analysis, Lessons Learned"), warnings.get(0).message());
    }

    @Test
    void aPreliminaryReportNeedsOnlySummaryAndImpact() {
        ReportUnderCheck preliminary = with(ReportKind.PRELIMINARY, "We are investigating.", "Unknown yet.", List.of(), null, null,
                List.of(), List.of(), null, null, Set.of());
        assertEquals(List.of(), run(new MissingSection(), preliminary));
        ReportUnderCheck noImpact = with(ReportKind.PRELIMINARY, "We are investigating.", null, List.of(), null, null,
                List.of(), List.of(), null, null, Set.of());
        assertTrue(run(new MissingSection(), noImpact).get(0).message().contains("Impact"));
    }

    @Test
    void aTimelineRowWithoutATimeIsNamed() {
        ReportUnderCheck r = complete();
        List<ReportWarning> warnings = run(new TimelineRowWithoutTime(), with(r.kind(), r.summary(), r.impact(),
                List.of(r.timeline().get(0), new TimelineRow(null, "Revocation started")), r.rootCause(), r.lessonsLearned(),
                r.actionItems(), r.affected(), 2, 2, r.affectedInEvidence()));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().startsWith("timeline[1] ('Revocation started')"), warnings.get(0).message());
    }

    @Test
    void anActionItemWithoutADueDateIsNamed() {
        ReportUnderCheck r = complete();
        List<ActionItem> items = List.of(r.actionItems().get(0),
                new ActionItem("Retrain the validation staff", ActionItemKind.MITIGATE, null, ActionItemStatus.OPEN, null));
        List<ReportWarning> warnings = run(new ActionItemWithoutDueDate(), with(r.kind(), r.summary(), r.impact(), r.timeline(),
                r.rootCause(), r.lessonsLearned(), items, r.affected(), 2, 2, r.affectedInEvidence()));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().startsWith("actionItems[1]"), warnings.get(0).message());
    }

    @Test
    void anActionItemWithoutAKindIsNamed() {
        ReportUnderCheck r = complete();
        List<ActionItem> items = List.of(new ActionItem("Look into it", null, LocalDate.parse("2016-12-01"), ActionItemStatus.OPEN, null));
        List<ReportWarning> warnings = run(new ActionItemWithoutKind(), with(r.kind(), r.summary(), r.impact(), r.timeline(),
                r.rootCause(), r.lessonsLearned(), items, r.affected(), 2, 2, r.affectedInEvidence()));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("prevent, mitigate or detect"), warnings.get(0).message());
    }

    @Test
    void humanErrorAsTheOnlyRootCauseIsFlaggedButNotWhenTheSystemIsExplained() {
        ReportUnderCheck r = complete();
        ReportCheck check = new RootCauseOnlyHumanError();
        for (String blame : List.of("Human error.", "The root cause was human error by a staff member.",
                "Insufficient training of our validation staff.")) {
            assertEquals(1, run(check, with(r.kind(), r.summary(), r.impact(), r.timeline(), blame, r.lessonsLearned(), r.actionItems(),
                    r.affected(), 2, 2, r.affectedInEvidence())).size(), blame);
        }
        String explained = "A staff member made a human error, which the issuance system accepted because the domain check ran "
                + "only in the web form and not in the signing service.";
        assertEquals(List.of(), run(check, with(r.kind(), r.summary(), r.impact(), r.timeline(), explained, r.lessonsLearned(),
                r.actionItems(), r.affected(), 2, 2, r.affectedInEvidence())));
    }

    @Test
    void aCountThatDiffersFromTheIssueOrTheEarlierReportIsFlagged() {
        ReportUnderCheck r = complete();
        List<ReportWarning> warnings = run(new AffectedCountDiffers(), with(r.kind(), r.summary(), r.impact(), r.timeline(),
                r.rootCause(), r.lessonsLearned(), r.actionItems(), r.affected(), 72, 3, r.affectedInEvidence()));
        assertEquals(2, warnings.size());
        assertEquals("the report lists 2 affected certificates; the issue says 72", warnings.get(0).message());
        assertEquals("the report lists 2 affected certificates; the previous report listed 3", warnings.get(1).message());
        assertEquals(List.of(), run(new AffectedCountDiffers(), with(r.kind(), r.summary(), r.impact(), r.timeline(), r.rootCause(),
                r.lessonsLearned(), r.actionItems(), List.of(), 72, 3, Set.of())), "a report that lists nothing compares nothing");
    }

    @Test
    void affectedCertificatesNotInEvidenceAreCounted() {
        ReportUnderCheck r = complete();
        List<ReportWarning> warnings = run(new AffectedNotInEvidence(), with(r.kind(), r.summary(), r.impact(), r.timeline(),
                r.rootCause(), r.lessonsLearned(), r.actionItems(), r.affected(), 2, 2, Set.of(SHA_A)));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().startsWith("1 of the 2 affected certificates"), warnings.get(0).message());
    }

    @Test
    void aFullReportWhoseItemsOnlyMitigateIsFlagged() {
        ReportUnderCheck r = complete();
        List<ActionItem> items = List.of(new ActionItem("Revoke", ActionItemKind.MITIGATE, LocalDate.parse("2016-09-01"),
                ActionItemStatus.DONE, null));
        assertEquals(1, run(new NoPreventingActionItem(), with(r.kind(), r.summary(), r.impact(), r.timeline(), r.rootCause(),
                r.lessonsLearned(), items, r.affected(), 2, 2, r.affectedInEvidence())).size());
        assertEquals(List.of(), run(new NoPreventingActionItem(), with(ReportKind.UPDATE, r.summary(), null, List.of(), null, null,
                items, List.of(), null, null, Set.of())), "an update need not promise prevention");
    }

    @Test
    void codesAreWarningsInZlintStyle() {
        for (ReportCheck check : List.of(new MissingSection(), new TimelineRowWithoutTime(), new ActionItemWithoutDueDate(),
                new ActionItemWithoutKind(), new RootCauseOnlyHumanError(), new AffectedCountDiffers(), new AffectedNotInEvidence(),
                new NoPreventingActionItem())) {
            assertTrue(check.code().matches("w_report_[a-z_]+"), check.code());
            assertEquals("warning", check.severity());
        }
    }
}
