package org.casebook.incident.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casebook.web.WebUrl;

/** What managers send to record incident reports and questions, and to mark a question answered (JSON bodies and forms). */
public final class ReportInputs {

    private ReportInputs() {
    }

    public record TimelineInput(String at, @Size(max = 4096) String event) {
    }

    public record ActionItemInput(@Size(max = 4096) String action, String kind, String due, String status, @Size(max = 4096) String measure) {
    }

    public record ReportInput(
            String kind,
            String filedAt,
            @WebUrl String url,
            @Size(max = 65535) String summary,
            @Size(max = 65535) String impact,
            @Size(max = 1000) List<TimelineInput> timeline,
            @Size(max = 200) List<String> relatedIssues,
            @Size(max = 65535) String rootCause,
            @Size(max = 65535) String lessonsLearned,
            @Size(max = 500) List<ActionItemInput> actionItems,
            @Size(max = 10000) List<String> affected) {
    }

    public record QuestionInput(@NotBlank @Size(max = 65535) String text, String askedAt, String due) {
    }

    /** Exactly one of the two: the statement or the report (of the same issue) that answers the question. */
    public record AnswerReference(Long statement, Long report) {
    }

    /** A change to a question: what answers it, its status, its text or due date; only the fields present change. */
    public record QuestionChange(AnswerReference answeredBy, String status, @Size(max = 65535) String text, String due, Long version) {
    }
}
