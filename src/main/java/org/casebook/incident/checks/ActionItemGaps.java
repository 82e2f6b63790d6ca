package org.casebook.incident.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.casebook.incident.ActionItem;

/** The action items of a report that lack something, each named by its index and the start of its text. */
final class ActionItemGaps {

    private ActionItemGaps() {
    }

    static List<String> where(ReportUnderCheck report, Predicate<ActionItem> lacking, String what) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < report.actionItems().size(); i++) {
            ActionItem item = report.actionItems().get(i);
            if (lacking.test(item)) {
                problems.add("actionItems[" + i + "] ('" + Excerpts.of(item.action()) + "') has no " + what);
            }
        }
        return problems;
    }
}
