package org.casebook.incident.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import org.casebook.incident.IncidentQuestion;
import org.casebook.incident.IncidentReport;
import org.casebook.incident.QuestionStatus;
import org.casebook.incident.config.ClockSettings;
import org.casebook.incident.service.ReportInputs.AnswerReference;
import org.casebook.incident.service.ReportInputs.QuestionChange;
import org.casebook.incident.service.ReportInputs.QuestionInput;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.storage.CaseClock;
import org.casebook.storage.VersionedEdits;
import org.casebook.web.ApiException;
import org.casebook.web.CodedEnum;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.Inputs;

/** Questions the program puts to a CA about an issue, and the statements or reports that answer them. */
@ApplicationScoped
@Transactional
public class IncidentQuestions {

    private static final List<String> STATUSES = CodedEnum.codes(QuestionStatus.class);

    @Inject
    Validator validator;

    @Inject
    IncidentReports reports;

    @Inject
    CaseClock clock;

    @Inject
    ClockSettings clocks;

    @Inject
    SecurityIdentity identity;

    @Inject
    VersionedEdits edits;

    @Transactional(SUPPORTS)
    public List<IncidentQuestion> forIssue(Issue issue) {
        return IncidentQuestion.forIssue(issue);
    }

    @Transactional(SUPPORTS)
    public IncidentQuestion question(String caSlug, String letter, long id) {
        Issue issue = reports.issue(caSlug, letter);
        return IncidentQuestion.<IncidentQuestion>findByIdOptional(id).filter(q -> q.issue.id.equals(issue.id))
                .orElseThrow(() -> ApiException.notFound("issue '" + letter + "' of '" + caSlug + "' has no question " + id));
    }

    /** Records a question: asked now unless told otherwise, due after the configured time unless a due date is given. */
    public IncidentQuestion ask(String caSlug, String letter, QuestionInput input) {
        Issue issue = reports.issue(caSlug, letter);
        Inputs.valid(validator, input, "{\"text\",\"askedAt\",\"due\"}");
        IncidentQuestion question = new IncidentQuestion();
        question.issue = issue;
        question.text = input.text().strip();
        Instant askedAt = Inputs.utcInstant("askedAt", input.askedAt());
        question.askedAt = askedAt == null ? clock.now() : askedAt;
        Instant due = Inputs.instantOrDay("due", input.due());
        question.due = due == null ? question.askedAt.plus(clocks.questionAnswer()) : due;
        checkDue(question);
        question.askedBy = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        question.persist();
        return question;
    }

    /** Changes what the request names: the answer (which marks it answered unless a status says otherwise), status, text, due. */
    public IncidentQuestion change(String caSlug, String letter, long id, QuestionChange change, ExpectedVersion expected) {
        IncidentQuestion question = question(caSlug, letter, id);
        Inputs.valid(validator, change, "{\"answeredBy\":{\"statement\":id}|{\"report\":id},\"status\"}");
        edits.lock(question, q -> q.version, expected, "question " + id);
        if (change.text() != null) {
            if (change.text().isBlank()) {
                throw ApiException.badRequest("text: must not be blank");
            }
            question.text = change.text().strip();
        }
        if (change.due() != null) {
            Instant due = Inputs.instantOrDay("due", change.due());
            if (due == null) {
                throw ApiException.badRequest("due: must not be blank");
            }
            question.due = due;
            checkDue(question);
        }
        if (change.answeredBy() != null) {
            answer(question, change.answeredBy());
        }
        if (change.status() != null) {
            QuestionStatus status = Inputs.code("status", change.status(), QuestionStatus::fromCode, STATUSES);
            if (status == null) {
                throw ApiException.badRequest("status: must be one of " + String.join(", ", STATUSES));
            }
            if (status == QuestionStatus.ANSWERED && question.answeredByStatementId == null && question.answeredByReportId == null) {
                throw ApiException.badRequest("status: a question is answered by a statement or a report; send answeredBy");
            }
            if (status == QuestionStatus.OPEN) {
                question.answeredByStatementId = null;
                question.answeredByReportId = null;
                question.answeredAt = null;
            }
            question.status = status;
        }
        return question;
    }

    private void answer(IncidentQuestion question, AnswerReference answer) {
        boolean statement = answer.statement() != null;
        if (statement == (answer.report() != null)) {
            throw ApiException.badRequest("answeredBy: name exactly one of statement or report");
        }
        if (statement) {
            CaStatement.<CaStatement>findByIdOptional(answer.statement()).filter(s -> s.issue.id.equals(question.issue.id))
                    .orElseThrow(() -> ApiException.badRequest("answeredBy.statement: issue '" + question.issue.letter
                            + "' has no statement " + answer.statement()));
            question.answeredByStatementId = answer.statement();
            question.answeredByReportId = null;
        } else {
            IncidentReport.<IncidentReport>findByIdOptional(answer.report()).filter(r -> r.issue.id.equals(question.issue.id))
                    .orElseThrow(() -> ApiException.badRequest("answeredBy.report: issue '" + question.issue.letter
                            + "' has no report " + answer.report()));
            question.answeredByReportId = answer.report();
            question.answeredByStatementId = null;
        }
        question.status = QuestionStatus.ANSWERED;
        question.answeredAt = clock.now();
    }

    private static void checkDue(IncidentQuestion question) {
        if (question.askedAt != null && question.due.isBefore(question.askedAt)) {
            throw ApiException.badRequest("due: " + question.due + " is before askedAt " + question.askedAt);
        }
    }
}
