package org.casebook.incident.checks;

import jakarta.inject.Singleton;
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
        return ActionItemGaps.where(report, item -> item.due() == null, "due date");
    }
}
