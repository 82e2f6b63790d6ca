package org.casebook.incident.checks;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.casebook.incident.TimelineRow;

/** The guidelines ask for a timeline in UTC: every row needs its time, or the order of events cannot be checked. */
@Singleton
public class TimelineRowWithoutTime extends ReportCheck {

    @Override
    public String code() {
        return "w_report_timeline_row_without_time";
    }

    @Override
    public String description() {
        return "A row of the report's timeline has no UTC time";
    }

    @Override
    public List<String> problems(ReportUnderCheck report) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < report.timeline().size(); i++) {
            TimelineRow row = report.timeline().get(i);
            if (row.at() == null) {
                problems.add("timeline[" + i + "] ('" + Excerpts.of(row.event()) + "') has no time");
            }
        }
        return problems;
    }
}
