package org.casebook.incident.checks;

import jakarta.inject.Singleton;
import java.util.List;

/** The guidelines ask whether each action item prevents, mitigates or detects; one that does not say is unclear. */
@Singleton
public class ActionItemWithoutKind extends ReportCheck {

    @Override
    public String code() {
        return "w_report_action_item_without_kind";
    }

    @Override
    public String description() {
        return "An action item of the report does not say whether it prevents, mitigates or detects";
    }

    @Override
    public List<String> problems(ReportUnderCheck report) {
        return ActionItemGaps.where(report, item -> item.kind() == null, "kind (prevent, mitigate or detect)");
    }
}
