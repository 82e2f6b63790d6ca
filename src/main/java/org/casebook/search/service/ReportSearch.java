package org.casebook.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casebook.incident.ActionItem;
import org.casebook.incident.IncidentReport;
import org.casebook.incident.TimelineRow;
import org.casebook.search.Excerpts;
import org.casebook.search.SearchQuery;

/**
 * The CAs' incident reports with every term somewhere in their sections, timeline, action items or URL. The
 * timeline and action items are stored as JSON, whose field names ("action", "status", ...) are in every report: the
 * database narrows by LIKE, then each candidate is read section by section and kept only if its text has every term.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportSearch implements SearchKind {

    @Inject
    EntityManager em;

    public record ReportHit(long id, String ca, String letter, String kind, String filed, String url, String matched) implements SearchHit {

        @Override
        public String heading() {
            return kind + " report, filed " + filed;
        }

        @Override
        public String detail() {
            return "on issue " + letter + " of " + ca;
        }
    }

    /** One section of a report as a reader sees it, named as the report page heads it. */
    private record Section(String name, String text) {
    }

    @Override
    public String group() {
        return "reports";
    }

    @Override
    public String title() {
        return "Incident reports";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Found find(SearchQuery query, Paging paging) {
        List<String> terms = query.terms();
        if (query.isIssueName() || terms.isEmpty()) {
            return new Found(List.of(), false);
        }
        TextConditions where = TextConditions.allTerms(terms, "lower(r.summary)", "lower(r.impact)", "lower(r.timeline)",
                "lower(r.relatedIssues)", "lower(r.rootCause)", "lower(r.lessonsLearned)", "lower(r.actionItems)", "lower(r.url)");
        // Candidates are read whole: a few reports per issue, and JSON field names can make some of them false matches.
        List<IncidentReport> candidates = where.bind(em.createQuery("select r from IncidentReport r join fetch r.issue i join fetch i.ca where "
                + where.jpql() + " order by i.ca.slug, i.letter, r.filedAt nulls last, r.id", IncidentReport.class)).getResultList();
        List<ReportHit> hits = new ArrayList<>();
        for (IncidentReport report : candidates) {
            List<Section> sections = sections(report);
            if (terms.stream().allMatch(term -> sections.stream().anyMatch(s -> s.text().toLowerCase(Locale.ROOT).contains(term)))) {
                hits.add(hit(report, reason(sections, terms)));
            }
            if (hits.size() == paging.enough()) {
                break;
            }
        }
        return Found.of(hits, paging);
    }

    private static ReportHit hit(IncidentReport report, String matched) {
        String ca = report.issue.ca.slug;
        String letter = report.issue.letter;
        return new ReportHit(report.id, ca, letter, report.kind.label(), report.filedWhen(),
                "/cas/" + ca + "/issues/" + letter + "/incident#report-" + report.id, matched);
    }

    /** The report's text in page order; an unreadable JSON column (never written so) counts as no text. */
    private static List<Section> sections(IncidentReport report) {
        List<Section> sections = new ArrayList<>();
        add(sections, "summary", report.summary);
        add(sections, "impact", report.impact);
        for (TimelineRow row : readOrNone(report::timelineRows)) {
            add(sections, "timeline", (row.at() == null ? "" : row.at().toString().substring(0, 10) + ": ") + row.event());
        }
        for (String related : readOrNone(report::relatedIssueList)) {
            add(sections, "related incident", related);
        }
        add(sections, "root cause", report.rootCause);
        add(sections, "lessons learned", report.lessonsLearned);
        for (ActionItem item : readOrNone(report::actionItemList)) {
            add(sections, "action item", item.action() + (item.measure() == null ? "" : " (measure: " + item.measure() + ")"));
        }
        add(sections, "URL", report.url);
        return sections;
    }

    private static void add(List<Section> sections, String name, String text) {
        if (text != null && !text.isBlank()) {
            sections.add(new Section(name, text));
        }
    }

    private static <T> List<T> readOrNone(java.util.function.Supplier<List<T>> read) {
        try {
            List<T> values = read.get();
            return values == null ? List.of() : values;
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    /** The first section (in page order) holding any of the terms, with an excerpt; a URL is shown whole. */
    private static String reason(List<Section> sections, List<String> terms) {
        for (Section section : sections) {
            String excerpt = Excerpts.around(section.text(), terms);
            if (excerpt != null) {
                return section.name() + ": " + (section.name().equals("URL") ? section.text() : excerpt);
            }
        }
        return "text";
    }
}
