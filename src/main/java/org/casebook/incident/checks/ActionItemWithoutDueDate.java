package org.casebook.incident.checks;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** An action item without a date cannot be followed up: the guidelines ask for a due date on each. */
@Singleton
public class ActionItemWithoutDueDate extends ReportCheck {

    @Override
    public String code() {
        return "w_report_action_item_without_due_date";
    }

    @Override
    public String description() {
        return "An action item of the report has no due date";
    }

    @Override
    public List<String> problems(ReportUnderCheck report) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < report.actionItems().size(); i++) {
            if (report.actionItems().get(i).due() == null) {
                problems.add("actionItems[" + i + "] ('" + Excerpts.of(report.actionItems().get(i).action()) + "') has no due date");
            }
        }
        return problems;
    }
}
