package org.casebook.incident.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.casebook.incident.ActionItem;
import org.casebook.incident.IncidentQuestion;
import org.casebook.incident.IncidentReport;
import org.casebook.incident.ReportWarning;
import org.casebook.incident.TimelineRow;
import org.casebook.incident.service.IncidentQuestions;
import org.casebook.incident.service.IncidentReports;
import org.casebook.incident.service.ReportInputs.AnswerReference;
import org.casebook.incident.service.ReportInputs.QuestionChange;
import org.casebook.incident.service.ReportInputs.QuestionInput;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssuePageUrls;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.security.Viewer;
import org.casebook.storage.CaseClock;
import org.casebook.web.ApiException;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.FormPages;
import org.casebook.web.Inputs;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An issue's incident page: the CA's reports with their sections and warnings, the questions put to the CA with
 * their due dates and answers, and for managers the forms to ask a question and to link the answer.
 */
@Path("/")
public class IncidentPages {

    /** Under the issue page; the class sits at the root so that JAX-RS still matches the issue pages' own classes. */
    private static final String ISSUE = "cas/{ca: [a-z0-9-]+}/issues/{letter: [A-Z]+}/";

    /** A report as the page shows it, its lists read once. */
    public record ReportView(IncidentReport report, List<TimelineRow> timeline, List<RelatedIssue> relatedIssues,
            List<ActionItem> actionItems, List<String> affected, List<ReportWarning> warnings) {
        static ReportView of(IncidentReport r) {
            return new ReportView(r, r.timelineRows(), r.relatedIssueList().stream().map(RelatedIssue::of).toList(), r.actionItemList(),
                    r.affectedList(), r.warningList());
        }
    }

    /** Another issue a report names, {@code wosign/H}, with its page. */
    public record RelatedIssue(String name, String url) {
        static RelatedIssue of(String name) {
            int slash = name.indexOf('/');
            return new RelatedIssue(name, IssuePageUrls.page(name.substring(0, slash), name.substring(slash + 1)));
        }
    }

    /** A question with what answers it, in words and as a link, and whether it is past its due date. */
    public record QuestionView(IncidentQuestion question, String answer, String answerLink, boolean overdue) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance incident(Viewer viewer, Issue issue, List<ReportView> reports, List<QuestionView> questions,
                List<CaStatement> statements, String error, String typedQuestion);
    }

    @Inject
    IncidentReports reports;

    @Inject
    IncidentQuestions questions;

    @Inject
    IssueService issues;

    @Inject
    CaseClock clock;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path(ISSUE + "incident")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance incident(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        return page(reports.issue(ca, letter), null, null);
    }

    @POST
    @Path(ISSUE + "questions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response ask(@PathParam("ca") String ca, @PathParam("letter") String letter, @RestForm String text, @RestForm String due) {
        Issue issue = reports.issue(ca, letter);
        return FormPages.submit(() -> questions.ask(ca, letter, new QuestionInput(text, null, Inputs.blankToNull(due))),
                IssuePageUrls.page(ca, letter) + "/incident#questions", error -> page(issue, error, text));
    }

    /** {@code answer} is {@code statement:12} or {@code report:3}. */
    @POST
    @Path(ISSUE + "questions/{id: [0-9]+}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response answer(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @RestForm String answer) {
        Issue issue = questions.question(ca, letter, id).issue;
        return FormPages.submit(() -> questions.change(ca, letter, id, new QuestionChange(answerReference(answer), null, null, null, null),
                ExpectedVersion.NONE), IssuePageUrls.page(ca, letter) + "/incident#questions", error -> page(issue, error, null));
    }

    private static AnswerReference answerReference(String answer) {
        String value = Inputs.blankToNull(answer);
        if (value == null || !value.matches("(statement|report):\\d{1,18}")) {
            throw ApiException.badRequest("answer: choose the statement or report that answers the question");
        }
        long id = Long.parseLong(value.substring(value.indexOf(':') + 1));
        return value.startsWith("statement") ? new AnswerReference(id, null) : new AnswerReference(null, id);
    }

    private TemplateInstance page(Issue issue, String error, String typedQuestion) {
        List<IncidentReport> filed = reports.forIssue(issue);
        List<CaStatement> statements = issues.parts(issue).statements();
        Instant now = clock.now();
        List<QuestionView> asked = questions.forIssue(issue).stream().map(q -> view(q, filed, statements, now)).toList();
        return Templates.incident(Viewer.of(identity), issue, filed.stream().map(ReportView::of).toList(), asked, statements, error,
                typedQuestion);
    }

    private static QuestionView view(IncidentQuestion q, List<IncidentReport> filed, List<CaStatement> statements, Instant now) {
        String page = IssuePageUrls.of(q.issue);
        if (q.answeredByStatementId != null) {
            String said = statements.stream().filter(s -> s.id.equals(q.answeredByStatementId)).findFirst()
                    .map(s -> "statement of " + (s.statedOn == null ? "undated" : s.statedOn) + (s.speaker == null ? "" : " by " + s.speaker))
                    .orElse("a statement since removed");
            return new QuestionView(q, said, page + "#statements", false);
        }
        if (q.answeredByReportId != null) {
            String report = filed.stream().filter(r -> r.id.equals(q.answeredByReportId)).findFirst()
                    .map(r -> r.kind.label() + " report of " + r.filedWhen()).orElse("a report since removed");
            return new QuestionView(q, report, page + "/incident#report-" + q.answeredByReportId, false);
        }
        return new QuestionView(q, null, null, q.status == org.casebook.incident.QuestionStatus.OPEN && q.due != null && q.due.isBefore(now));
    }
}
