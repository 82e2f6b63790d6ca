package org.casebook.report.service;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casebook.analysis.calendar.WorkingCalendar;
import org.casebook.analysis.calendar.WorkingCalendars;
import org.casebook.audit.AuditStatement;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.chart.Chart;
import org.casebook.chart.FindingCountsChart;
import org.casebook.chart.FindingCountsChart.CodeCount;
import org.casebook.chart.IssueTimeline;
import org.casebook.chart.SctDelayHistogram;
import org.casebook.chart.ValidityScatter;
import org.casebook.chart.WeekdayHourHeatMap;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.service.StoredCorpusFindings;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.report.CaTimelineMarks;
import org.casebook.web.ApiException;

/**
 * The charts of a case file, from what is stored: the CA's time line, and over a set of certificates (an issue's
 * evidence, a CA's corpus) the weekday-hour heat map, the SCT delay histogram, the validity scatter and the
 * finding counts. Findings are the stored ones: the per-certificate lints plus the corpus findings as
 * {@link StoredCorpusFindings#read} gives them, the same the issue and certificate pages show.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChartData {

    /** The names of the certificate charts, in page order. */
    public static final List<String> CERTIFICATE_CHARTS = List.of(WeekdayHourHeatMap.NAME, SctDelayHistogram.NAME, ValidityScatter.NAME,
            FindingCountsChart.NAME);

    /** Certificate ids whose corpus findings are read at once. */
    static final int FINDINGS_BATCH = 2000;

    @Inject
    CertificateRows rows;

    @Inject
    StoredCorpusFindings corpusFindings;

    /** Marks from packages after this one (incident reports). */
    @Inject
    @All
    List<CaTimelineMarks> laterMarks;

    /** Where a CA's local times are read: its zone and working-day calendar, and the two named for a caption. */
    public record Place(ZoneId zone, WorkingCalendar calendar, String label) {

        public static Place of(CertificationAuthority ca) {
            WorkingCalendars calendars = WorkingCalendars.bundled();
            Optional<ZoneId> zone = calendars.zone(ca.country, ca.timeZone);
            WorkingCalendar calendar = ca.country == null ? WorkingCalendar.weekendOnly("unknown") : calendars.forCountry(ca.country);
            String where = (ca.country == null ? "no country on file, weekends only" : ca.country)
                    + ", " + zone.map(ZoneId::getId).orElse("UTC, as the CA's time zone is not on file");
            return new Place(zone.orElse(ZoneOffset.UTC), calendar, where);
        }
    }

    /** The certificate charts over an issue's evidence; empty when it has none. */
    public List<Chart> issueCharts(Issue issue) {
        List<CertificateRows.Row> evidence = rows.evidence(issue.id);
        if (evidence.isEmpty()) {
            return List.of();
        }
        List<CodeCount> counts = findingCounts(evidence.stream().map(CertificateRows.Row::id).toList(), rows.evidenceLintFindings(issue.id),
                issue.ca.slug, null);
        return certificateCharts(evidence, counts, Place.of(issue.ca));
    }

    /** One of the issue's charts by name; 404 for a name that is none, or an issue without evidence. */
    public Chart issueChart(Issue issue, String name) {
        return named(issueCharts(issue), name, "issue " + issue.letter + " has no chart '" + name + "' (it has one per chart name: "
                + String.join(", ", CERTIFICATE_CHARTS) + ", once it has evidence certificates)");
    }

    public static Chart named(List<Chart> charts, String name, String missing) {
        return charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> ApiException.notFound(missing));
    }

    /** The four certificate charts over these rows, with finding counts already made. */
    public static List<Chart> certificateCharts(List<CertificateRows.Row> certificates, List<CodeCount> findingCounts, Place place) {
        List<Duration> delays = certificates.stream().map(r -> r.chart().sctDelay()).filter(Objects::nonNull).toList();
        return List.of(
                WeekdayHourHeatMap.draw(certificates.stream().map(CertificateRows.Row::notBefore).toList(), place.zone(), place.calendar(), place.label()),
                SctDelayHistogram.draw(delays),
                ValidityScatter.draw(certificates.stream().map(CertificateRows.Row::chart).toList()),
                FindingCountsChart.draw(findingCounts, certificates.size()));
    }

    /**
     * How many of these certificates carry each finding code, most common first: the stored lint findings plus the
     * stored corpus findings read in the jurisdiction of {@code caSlug}. {@code eachCertificate}, when given, is
     * told every certificate's codes (for reports that group by them) and how far the reading has come.
     */
    public List<CodeCount> findingCounts(List<Long> ids, Map<Long, List<String[]>> lintFindings, String caSlug, FindingsListener eachCertificate) {
        Map<String, String> severity = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += FINDINGS_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + FINDINGS_BATCH));
            Map<Long, List<StoredFinding>> corpus = corpusFindings.read(batch, caSlug);
            for (Long id : batch) {
                Map<String, String> codes = new LinkedHashMap<>();
                for (String[] lint : lintFindings.getOrDefault(id, List.of())) {
                    codes.putIfAbsent(lint[0], lint[1]);
                }
                Map<String, StoredFinding> corpusByCode = new LinkedHashMap<>();
                for (StoredFinding finding : corpus.getOrDefault(id, List.of())) {
                    codes.putIfAbsent(finding.code, finding.severity);
                    corpusByCode.putIfAbsent(finding.code, finding);
                }
                codes.forEach((code, s) -> {
                    severity.putIfAbsent(code, s);
                    counts.merge(code, 1L, Long::sum);
                });
                if (eachCertificate != null) {
                    eachCertificate.certificate(id, codes.keySet(), corpusByCode);
                }
            }
            if (eachCertificate != null) {
                eachCertificate.progress(Math.min(ids.size(), from + FINDINGS_BATCH), ids.size());
            }
        }
        return counts.entrySet().stream()
                .map(e -> new CodeCount(e.getKey(), severity.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(CodeCount::certificates).reversed().thenComparing(CodeCount::code))
                .toList();
    }

    /** Told each certificate's finding codes (and its corpus findings by code) as {@link #findingCounts} reads them. */
    public interface FindingsListener {
        void certificate(long id, Set<String> codes, Map<String, StoredFinding> corpusFindings);

        default void progress(long done, long total) {
        }
    }

    /** The CA's time line: its issues, audit periods, ownership changes, dated statements and what {@link CaTimelineMarks} add. */
    public Chart caTimeline(CertificationAuthority ca) {
        List<Issue> issues = Issue.listForCa(ca);
        List<IssueTimeline.IssueBar> bars = issues.stream()
                .map(i -> new IssueTimeline.IssueBar(i.letter, i.title, i.periodStart, i.periodEnd)).toList();
        List<IssueTimeline.AuditBar> audits = new ArrayList<>();
        for (AuditStatement audit : AuditStatement.forCa(ca)) {
            if (audit.periodStart != null || audit.periodEnd != null) {
                audits.add(new IssueTimeline.AuditBar(auditLabel(audit), audit.periodStart, audit.periodEnd));
            }
        }
        List<IssueTimeline.Mark> marks = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (OwnershipEvent event : OwnershipEvent.involving(ca)) {
            if (event.effectiveOn != null && seen.add(event.id)) {
                marks.add(new IssueTimeline.Mark(IssueTimeline.MarkKind.OWNERSHIP, event.effectiveOn, event.newOwner == null ? "" : event.newOwner));
            }
        }
        for (Issue issue : issues) {
            for (CaStatement statement : CaStatement.timeline(issue)) {
                IssueTimeline.firstDay(statement.statedOn).ifPresent(on -> marks.add(new IssueTimeline.Mark(IssueTimeline.MarkKind.STATEMENT, on, "Issue " + issue.letter
                        + (statement.speaker == null || statement.speaker.isBlank() ? "" : ", " + statement.speaker))));
            }
        }
        laterMarks.forEach(source -> marks.addAll(source.marks(ca)));
        marks.sort(Comparator.comparing(IssueTimeline.Mark::on));
        return IssueTimeline.draw(bars, audits, marks);
    }

    private static String auditLabel(AuditStatement audit) {
        return String.join(", ", java.util.stream.Stream.of(audit.auditor, audit.standard)
                .filter(s -> s != null && !s.isBlank()).toList());
    }
}
