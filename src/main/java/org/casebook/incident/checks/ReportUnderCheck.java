package org.casebook.incident.checks;

import java.util.List;
import java.util.Set;
import org.casebook.incident.ActionItem;
import org.casebook.incident.ReportKind;
import org.casebook.incident.TimelineRow;

/**
 * A report as the checks read it, with what the case file already knows: the issue's affected count, the count of
 * the latest earlier report that listed certificates, and which of the listed certificates are evidence of the issue.
 */
public record ReportUnderCheck(ReportKind kind, String summary, String impact, List<TimelineRow> timeline, String rootCause,
        String lessonsLearned, List<ActionItem> actionItems, List<String> affected, Integer issueAffectedCount,
        Integer earlierReportAffectedCount, Set<String> affectedInEvidence) {

    public ReportUnderCheck {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
        affected = affected == null ? List.of() : List.copyOf(affected);
        affectedInEvidence = affectedInEvidence == null ? Set.of() : Set.copyOf(affectedInEvidence);
    }

    /** Whether the CA is expected to give every section: full and closing reports. */
    public boolean complete() {
        return kind == ReportKind.FULL || kind == ReportKind.CLOSING;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
