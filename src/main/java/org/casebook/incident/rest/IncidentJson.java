package org.casebook.incident.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casebook.incident.ActionItem;
import org.casebook.incident.IncidentQuestion;
import org.casebook.incident.IncidentReport;
import org.casebook.incident.ReportWarning;
import org.casebook.incident.TimelineRow;
import org.casebook.incident.checks.ReportCheck;

/** JSON shapes of incident reports, questions and the report checks (CONTRACT.md, "Live incidents"). */
public final class IncidentJson {

    private IncidentJson() {
    }

    public record Report(long id, String ca, String letter, String kind, Instant filedAt, String filedPrecision, String url, String summary, String impact,
            List<TimelineRow> timeline, List<String> relatedIssues, String rootCause, String lessonsLearned,
            List<ActionItem> actionItems, List<String> affected, List<ReportWarning> warnings, String filedBy, long version) {
        public static Report of(IncidentReport r) {
            return new Report(r.id, r.issue.ca.slug, r.issue.letter, r.kind.code(), r.filedAt, r.filedPrecision, r.url, r.summary, r.impact,
                    r.timelineRows(), r.relatedIssueList(), r.rootCause, r.lessonsLearned, r.actionItemList(), r.affectedList(),
                    r.warningList(), r.filedBy, r.version);
        }
    }

    public record Question(long id, String ca, String letter, String text, String askedBy, Instant askedAt, Instant due,
            String status, Map<String, Long> answeredBy, Instant answeredAt, long version) {
        public static Question of(IncidentQuestion q) {
            Map<String, Long> answeredBy = q.answeredByStatementId != null ? Map.of("statement", q.answeredByStatementId)
                    : q.answeredByReportId != null ? Map.of("report", q.answeredByReportId) : null;
            return new Question(q.id, q.issue.ca.slug, q.issue.letter, q.text, q.askedBy, q.askedAt, q.due, q.status.code(),
                    answeredBy, q.answeredAt, q.version);
        }
    }

    public record Check(String code, String severity, String description, String citation) {
        public static Check of(ReportCheck c) {
            return new Check(c.code(), c.severity(), c.description(), c.citation());
        }
    }
}
