package org.casebook.incident.checks;

import jakarta.inject.Singleton;
import java.util.List;
import org.casebook.incident.ActionItemKind;

/** A full report whose action items only mitigate or detect promises nothing against a recurrence. */
@Singleton
public class NoPreventingActionItem extends ReportCheck {

    @Override
    public String code() {
        return "w_report_no_preventing_action_item";
    }

    @Override
    public String description() {
        return "A full or closing report has action items, none of which prevents a recurrence";
    }

    @Override
    public List<String> problems(ReportUnderCheck report) {
        if (!report.complete() || report.actionItems().isEmpty()
                || report.actionItems().stream().anyMatch(item -> item.kind() == ActionItemKind.PREVENT)) {
            return List.of();
        }
        return List.of("none of the " + report.actionItems().size() + " action items is of kind prevent");
    }
}
