package org.casebook.incident.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.ca.CertificationAuthority;
import org.casebook.incident.ActionItem;
import org.casebook.incident.ActionItemKind;
import org.casebook.incident.ActionItemStatus;
import org.casebook.incident.IncidentReport;
import org.casebook.incident.ReportKind;
import org.casebook.incident.TimelineRow;
import org.casebook.incident.checks.ReportChecks;
import org.casebook.incident.checks.ReportUnderCheck;
import org.casebook.incident.service.ReportInputs.ActionItemInput;
import org.casebook.incident.service.ReportInputs.ReportInput;
import org.casebook.incident.service.ReportInputs.TimelineInput;
import org.casebook.issue.Issue;
import org.casebook.web.ApiException;
import org.casebook.web.CodedEnum;
import org.casebook.web.Inputs;

/** Recording the CA's incident reports on an issue, each checked as it is saved. */
@ApplicationScoped
@Transactional
public class IncidentReports {

    private static final String REPORT_FIELDS = "{\"kind\",\"filedAt\",\"summary\",...}";
    private static final Pattern RELATED_ISSUE = Pattern.compile("([a-z0-9-]+)/([A-Z]+)");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    @Inject
    Validator validator;

    @Inject
    ReportChecks checks;

    @Inject
    SecurityIdentity identity;

    @Transactional(SUPPORTS)
    public Issue issue(String caSlug, String letter) {
        return Issue.findByLetter(CertificationAuthority.withSlug(caSlug), letter)
                .orElseThrow(() -> ApiException.notFound("CA '" + caSlug + "' has no issue '" + letter + "'"));
    }

    @Transactional(SUPPORTS)
    public List<IncidentReport> forIssue(Issue issue) {
        return IncidentReport.forIssue(issue);
    }

    @Transactional(SUPPORTS)
    public IncidentReport report(String caSlug, String letter, long id) {
        Issue issue = issue(caSlug, letter);
        return IncidentReport.<IncidentReport>findByIdOptional(id).filter(r -> r.issue.id.equals(issue.id))
                .orElseThrow(() -> ApiException.notFound("issue '" + letter + "' of '" + caSlug + "' has no report " + id));
    }

    /** Reads, checks and stores a report; any field at fault is a 400 and nothing is stored. */
    public IncidentReport record(String caSlug, String letter, ReportInput input) {
        Issue issue = issue(caSlug, letter);
        Inputs.valid(validator, input, REPORT_FIELDS);
        IncidentReport report = new IncidentReport();
        report.issue = issue;
        report.kind = Inputs.code("kind", input.kind(), ReportKind::fromCode, CodedEnum.codes(ReportKind.class));
        if (report.kind == null) {
            throw ApiException.badRequest("kind: must be one of " + String.join(", ", CodedEnum.codes(ReportKind.class)));
        }
        Instant filedAt = Inputs.utcInstant("filedAt", input.filedAt());
        if (filedAt == null) {
            throw ApiException.badRequest("filedAt: must not be blank");
        }
        report.filedAt = filedAt.truncatedTo(ChronoUnit.MINUTES);
        report.filedPrecision = IncidentReport.TO_THE_MINUTE;
        report.url = Inputs.blankToNull(input.url());
        report.summary = Inputs.blankToNull(input.summary());
        report.impact = Inputs.blankToNull(input.impact());
        report.rootCause = Inputs.blankToNull(input.rootCause());
        report.lessonsLearned = Inputs.blankToNull(input.lessonsLearned());
        report.timelineRows(timeline(input.timeline()));
        report.relatedIssueList(relatedIssues(input.relatedIssues(), issue));
        report.actionItemList(actionItems(input.actionItems()));
        report.affectedList(affected(input.affected()));
        report.filedBy = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        report.warningList(checks.check(underCheck(report)));
        report.persist();
        return report;
    }

    private static List<TimelineRow> timeline(List<TimelineInput> rows) {
        List<TimelineRow> timeline = new ArrayList<>();
        if (rows == null) {
            return timeline;
        }
        for (int i = 0; i < rows.size(); i++) {
            TimelineInput row = rows.get(i);
            if (row == null || Inputs.blankToNull(row.event()) == null) {
                throw ApiException.badRequest("timeline[" + i + "].event: must not be blank");
            }
            timeline.add(new TimelineRow(Inputs.utcInstant("timeline[" + i + "].at", row.at()), row.event().strip()));
        }
        return timeline;
    }

    private static List<String> relatedIssues(List<String> references, Issue own) {
        Set<String> related = new LinkedHashSet<>();
        if (references == null) {
            return List.of();
        }
        for (int i = 0; i < references.size(); i++) {
            String reference = Inputs.blankToNull(references.get(i));
            var match = reference == null ? null : RELATED_ISSUE.matcher(reference);
            if (match == null || !match.matches()) {
                throw ApiException.badRequest("relatedIssues[" + i + "]: '" + references.get(i) + "' is not an issue like wosign/H");
            }
            boolean exists = CertificationAuthority.findBySlug(match.group(1))
                    .flatMap(ca -> Issue.findByLetter(ca, match.group(2))).isPresent();
            if (!exists) {
                throw ApiException.badRequest("relatedIssues[" + i + "]: there is no issue '" + reference + "' in Casebook");
            }
            if (!reference.equals(own.ca.slug + "/" + own.letter)) {
                related.add(reference);
            }
        }
        return List.copyOf(related);
    }

    private static List<ActionItem> actionItems(List<ActionItemInput> inputs) {
        List<ActionItem> items = new ArrayList<>();
        if (inputs == null) {
            return items;
        }
        for (int i = 0; i < inputs.size(); i++) {
            ActionItemInput input = inputs.get(i);
            String at = "actionItems[" + i + "].";
            if (input == null || Inputs.blankToNull(input.action()) == null) {
                throw ApiException.badRequest(at + "action: must not be blank");
            }
            ActionItemKind kind = Inputs.code(at + "kind", input.kind(), ActionItemKind::fromCode, CodedEnum.codes(ActionItemKind.class));
            ActionItemStatus status = Inputs.code(at + "status", input.status(), ActionItemStatus::fromCode,
                    CodedEnum.codes(ActionItemStatus.class));
            items.add(new ActionItem(input.action().strip(), kind, Inputs.date(at + "due", input.due()),
                    status == null ? ActionItemStatus.OPEN : status, Inputs.blankToNull(input.measure())));
        }
        return items;
    }

    private static List<String> affected(List<String> sha256s) {
        Set<String> affected = new LinkedHashSet<>();
        if (sha256s == null) {
            return List.of();
        }
        for (int i = 0; i < sha256s.size(); i++) {
            String sha256 = sha256s.get(i) == null ? "" : sha256s.get(i).strip();
            if (!SHA256.matcher(sha256).matches()) {
                throw ApiException.badRequest("affected[" + i + "]: '" + sha256s.get(i) + "' is not a SHA-256 of 64 hexadecimal digits");
            }
            affected.add(sha256.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(affected);
    }

    /** The report with what the checks compare it with: the issue's count, the last earlier list, the evidence on file. */
    private ReportUnderCheck underCheck(IncidentReport report) {
        List<String> affected = report.affectedList();
        Integer earlier = null;
        for (IncidentReport previous : IncidentReport.forIssue(report.issue)) {
            if (previous.filedAt != null && !previous.filedAt.isAfter(report.filedAt) && !previous.affectedList().isEmpty()) {
                earlier = previous.affectedList().size();
            }
        }
        Set<String> inEvidence = new HashSet<>();
        if (!affected.isEmpty()) {
            inEvidence.addAll(Panache.getEntityManager().createQuery(
                    "select e.certificate.sha256 from EvidenceLink e where e.issue = :issue and e.certificate.sha256 in :affected", String.class)
                    .setParameter("issue", report.issue).setParameter("affected", affected).getResultList());
        }
        return new ReportUnderCheck(report.kind, report.summary, report.impact, report.timelineRows(), report.rootCause,
                report.lessonsLearned, report.actionItemList(), affected, report.issue.affectedCertificates, earlier, inEvidence);
    }
}
