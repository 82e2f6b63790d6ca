package org.casebook.incident.checks;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** A full or closing report gives every section of the guidelines; a preliminary one at least a summary and the impact. */
@Singleton
public class MissingSection extends ReportCheck {

    @Override
    public String code() {
        return "w_report_missing_section";
    }

    @Override
    public String description() {
        return "A report lacks a section the guidelines ask for (full and closing reports: all of them; "
                + "preliminary: Summary and Impact; update: Summary)";
    }

    @Override
    public List<String> problems(ReportUnderCheck report) {
        List<String> missing = new ArrayList<>();
        if (ReportUnderCheck.blank(report.summary())) {
            missing.add("Summary");
        }
        boolean preliminary = report.kind() == org.casebook.incident.ReportKind.PRELIMINARY;
        if ((report.complete() || preliminary) && ReportUnderCheck.blank(report.impact())) {
            missing.add("Impact");
        }
        if (report.complete()) {
            if (report.timeline().isEmpty()) {
                missing.add("Timeline");
            }
            if (ReportUnderCheck.blank(report.rootCause())) {
                missing.add("Root Cause Analysis");
            }
            if (ReportUnderCheck.blank(report.lessonsLearned())) {
                missing.add("Lessons Learned");
            }
            if (report.actionItems().isEmpty()) {
                missing.add("Action Items");
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of("this " + report.kind().code() + " report has no " + String.join(", ", missing)
                + (missing.size() == 1 ? " section" : " sections"));
    }
}
