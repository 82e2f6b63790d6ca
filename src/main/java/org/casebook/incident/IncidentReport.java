package org.casebook.incident;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.casebook.issue.Issue;
import org.casebook.storage.AuditedFields;
import org.hibernate.envers.Audited;

/**
 * An incident report the CA filed on an issue, in the sections of the CCADB incident reporting guidelines, with the
 * warnings the report checks found when it was recorded.
 */
@Entity
@Table(name = "incident_report")
@Audited
public class IncidentReport extends PanacheEntity {

    /** What the case file's history shows of this record, in display order. */
    public static final Map<String, Function<IncidentReport, Object>> AUDITED_FIELDS = AuditedFields.of(IncidentReport.class)
            .with("kind", r -> AuditedFields.code(r.kind))
            .with("filedAt", r -> AuditedFields.text(r.filedAt))
            .with("filedPrecision", r -> r.filedPrecision)
            .with("url", r -> r.url)
            .with("summary", r -> r.summary)
            .with("impact", r -> r.impact)
            .with("timeline", r -> r.timeline)
            .with("relatedIssues", r -> r.relatedIssues)
            .with("rootCause", r -> r.rootCause)
            .with("lessonsLearned", r -> r.lessonsLearned)
            .with("actionItems", r -> r.actionItems)
            .with("affected", r -> r.affected)
            .asMap();

    private static final TypeReference<List<TimelineRow>> TIMELINE = new TypeReference<>() { };
    private static final TypeReference<List<ActionItem>> ACTION_ITEMS = new TypeReference<>() { };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<ReportWarning>> WARNINGS = new TypeReference<>() { };

    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public Issue issue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReportKind kind;

    /** When the CA filed it (UTC), to the minute or, where only the day is known, the start of that day; null when undated. */
    public Instant filedAt;

    /** {@code minute} or {@code day}: how much of {@link #filedAt} is known. */
    @Column(length = 8)
    public String filedPrecision;

    /** Where it was filed, e.g. a Bugzilla comment. */
    @Column(length = 2048)
    public String url;

    @Column(length = 65535)
    public String summary;

    @Column(length = 65535)
    public String impact;

    @Column(length = 1000000)
    public String timeline;

    /** Other issues of any CA, as {@code ca/letter}. */
    @Column(length = 65535)
    public String relatedIssues;

    @Column(length = 65535)
    public String rootCause;

    @Column(length = 65535)
    public String lessonsLearned;

    @Column(length = 1000000)
    public String actionItems;

    /** SHA-256 fingerprints (lowercase hex) of the certificates the CA lists as affected. */
    @Column(length = 1000000)
    public String affected;

    @Column(length = 1000000)
    public String warnings;

    /** The manager who recorded it. */
    @Column(length = 128)
    public String filedBy;

    public static final String TO_THE_MINUTE = "minute";
    public static final String TO_THE_DAY = "day";

    /** When it was filed, as precisely as known: "2016-09-04 10:00 UTC", "2016-09-04", or "undated". */
    public String filedWhen() {
        if (filedAt == null) {
            return "undated";
        }
        String utc = filedAt.toString();
        return TO_THE_DAY.equals(filedPrecision) ? utc.substring(0, 10) : utc.substring(0, 10) + " " + utc.substring(11, 16) + " UTC";
    }

    public List<TimelineRow> timelineRows() {
        return ReportDocuments.read(timeline, TIMELINE);
    }

    public void timelineRows(List<TimelineRow> rows) {
        timeline = ReportDocuments.write(rows);
    }

    public List<ActionItem> actionItemList() {
        return ReportDocuments.read(actionItems, ACTION_ITEMS);
    }

    public void actionItemList(List<ActionItem> items) {
        actionItems = ReportDocuments.write(items);
    }

    public List<String> relatedIssueList() {
        return ReportDocuments.read(relatedIssues, TEXTS);
    }

    public void relatedIssueList(List<String> issues) {
        relatedIssues = ReportDocuments.write(issues);
    }

    public List<String> affectedList() {
        return ReportDocuments.read(affected, TEXTS);
    }

    public void affectedList(List<String> sha256s) {
        affected = ReportDocuments.write(sha256s);
    }

    public List<ReportWarning> warningList() {
        return ReportDocuments.read(warnings, WARNINGS);
    }

    public void warningList(List<ReportWarning> found) {
        warnings = ReportDocuments.write(found);
    }

    /** Every report on any issue of {@code ca}, by issue letter then filing time. */
    public static List<IncidentReport> forCa(org.casebook.ca.CertificationAuthority ca) {
        return list("issue.ca = ?1 order by issue.letter, filedAt nulls last, id", ca);
    }

    public static List<IncidentReport> forIssue(Issue issue) {
        return list("issue = ?1 order by filedAt nulls last, id", issue);
    }

    /** Takes over another report's content (not its issue or version): restoring a deleted issue. */
    public void copyContentFrom(IncidentReport old) {
        kind = old.kind;
        filedAt = old.filedAt;
        filedPrecision = old.filedPrecision;
        url = old.url;
        summary = old.summary;
        impact = old.impact;
        timeline = old.timeline;
        relatedIssues = old.relatedIssues;
        rootCause = old.rootCause;
        lessonsLearned = old.lessonsLearned;
        actionItems = old.actionItems;
        affected = old.affected;
        warnings = old.warnings;
        filedBy = old.filedBy;
    }
}
