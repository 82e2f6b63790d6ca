package org.casebook.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.chart.IssueTimeline;
import org.casebook.incident.IncidentReport;
import org.casebook.report.CaTimelineMarks;

/** The CA's dated incident reports on its time line, on the UTC day they were filed; undated ones have no place on it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IncidentTimelineMarks implements CaTimelineMarks {

    @Override
    public List<IssueTimeline.Mark> marks(CertificationAuthority ca) {
        List<IssueTimeline.Mark> marks = new ArrayList<>();
        for (IncidentReport report : IncidentReport.forCa(ca)) {
            if (report.filedAt != null) {
                LocalDate day = LocalDate.ofInstant(report.filedAt, ZoneOffset.UTC);
                marks.add(new IssueTimeline.Mark(IssueTimeline.MarkKind.REPORT, day, "Issue " + report.issue.letter + ", "
                        + report.kind.label().toLowerCase(java.util.Locale.ROOT) + " report filed " + report.filedWhen()));
            }
        }
        return marks;
    }
}
