package org.casebook.incident.checks;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts that drift between reports, or away from the count on the issue, mean one of them is wrong
 * (in the WoSign case, a list of 72 certificates turned out to be incomplete).
 */
@Singleton
public class AffectedCountDiffers extends ReportCheck {

    @Override
    public String code() {
        return "w_report_affected_count_differs";
    }

    @Override
    public String description() {
        return "The report lists a different number of affected certificates than the issue or an earlier report";
    }

    @Override
    public List<String> problems(ReportUnderCheck report) {
        int listed = report.affected().size();
        if (listed == 0) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (report.issueAffectedCount() != null && report.issueAffectedCount() != listed) {
            problems.add("the report lists " + listed + " affected certificates; the issue says " + report.issueAffectedCount());
        }
        if (report.earlierReportAffectedCount() != null && report.earlierReportAffectedCount() != listed) {
            problems.add("the report lists " + listed + " affected certificates; the previous report listed "
                    + report.earlierReportAffectedCount());
        }
        return problems;
    }
}
