package org.casebook.incident.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.incident.QuestionStatus;
import org.casebook.incident.ReportKind;
import org.casebook.incident.config.ClockSettings;
import org.casebook.issue.IssuePageUrls;
import org.casebook.issue.IssueStatus;
import org.casebook.obligation.Obligation;
import org.casebook.obligation.ObligationSource;

/**
 * What CAs owe on their reported, open issues: a preliminary and a full incident report counted from when the issue
 * was reported, an update every week (or by the next-update date) once reporting has begun and until a closing
 * report, and an answer to every open question. An issue without a reported time has no clocks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IncidentObligations implements ObligationSource {

    public static final String PRELIMINARY_REPORT = "preliminary-report";
    public static final String FULL_REPORT = "full-report";
    public static final String UPDATE = "update";
    public static final String ANSWER = "answer";

    private static final List<IssueStatus> CLOSED = List.of(IssueStatus.RESOLVED, IssueStatus.NOT_A_VIOLATION);
    private static final int QUESTION_EXCERPT = 80;

    @Inject
    ClockSettings clocks;

    /** The latest filing of each kind of report on one issue. */
    private record Filed(Map<ReportKind, Instant> latest) {
        Instant last() {
            return latest.values().stream().max(Instant::compareTo).orElse(null);
        }
    }

    @Override
    public List<Obligation> openAt(Instant now) {
        List<Obligation> owed = new ArrayList<>();
        Map<Long, Filed> filed = filedReports();
        List<Object[]> issues = Panache.getEntityManager().createQuery("select i.id, c.slug, i.letter, i.reportedAt, i.nextUpdate "
                + "from Issue i join i.ca c where i.reportedAt is not null and i.status not in :closed", Object[].class)
                .setParameter("closed", CLOSED).getResultList();
        for (Object[] row : issues) {
            String ca = (String) row[1];
            String letter = (String) row[2];
            Instant reportedAt = (Instant) row[3];
            LocalDate nextUpdate = (LocalDate) row[4];
            Filed reports = filed.getOrDefault((Long) row[0], new Filed(Map.of()));
            String link = IssuePageUrls.page(ca, letter) + "/incident";
            if (reports.latest().isEmpty()) {
                owed.add(new Obligation(ca, letter, PRELIMINARY_REPORT, "Preliminary incident report", reportedAt,
                        reportedAt.plus(clocks.preliminaryReport()), null, link));
            }
            if (!reports.latest().containsKey(ReportKind.FULL) && !reports.latest().containsKey(ReportKind.CLOSING)) {
                owed.add(new Obligation(ca, letter, FULL_REPORT, "Full incident report", reportedAt,
                        reportedAt.plus(clocks.fullReport()), null, link));
            }
            Instant last = reports.last();
            if (last != null && !reports.latest().containsKey(ReportKind.CLOSING)) {
                Instant due = last.plus(clocks.updateInterval());
                String what = "Update on the incident (last report " + last.atZone(ZoneOffset.UTC).toLocalDate() + ")";
                if (nextUpdate != null && !nextUpdate.isBefore(last.atZone(ZoneOffset.UTC).toLocalDate())) {
                    due = nextUpdate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                    what = "Update on the incident, promised for " + nextUpdate;
                }
                owed.add(new Obligation(ca, letter, UPDATE, what, last, due, null, link));
            }
        }
        List<Object[]> questions = Panache.getEntityManager().createQuery("select c.slug, i.letter, q.text, q.askedAt, q.due, q.askedBy "
                + "from IncidentQuestion q join q.issue i join i.ca c where q.status = :open and q.due is not null", Object[].class)
                .setParameter("open", QuestionStatus.OPEN).getResultList();
        for (Object[] row : questions) {
            String ca = (String) row[0];
            String letter = (String) row[1];
            owed.add(new Obligation(ca, letter, ANSWER, "Answer to: " + excerpt((String) row[2]), (Instant) row[3], (Instant) row[4],
                    (String) row[5], IssuePageUrls.page(ca, letter) + "/incident#questions"));
        }
        return owed;
    }

    private static Map<Long, Filed> filedReports() {
        Map<Long, Filed> filed = new HashMap<>();
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                "select r.issue.id, r.kind, max(r.filedAt) from IncidentReport r where r.filedAt is not null group by r.issue.id, r.kind", Object[].class).getResultList();
        for (Object[] row : rows) {
            filed.computeIfAbsent((Long) row[0], id -> new Filed(new EnumMap<>(ReportKind.class)))
                    .latest().put((ReportKind) row[1], (Instant) row[2]);
        }
        return filed;
    }

    private static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= QUESTION_EXCERPT ? flat : flat.substring(0, QUESTION_EXCERPT - 1) + "…";
    }
}
