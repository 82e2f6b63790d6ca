package org.casebook.issue.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casebook.web.PartialDate;
import org.casebook.web.WebUrl;

/** What managers and reviewers send to change an issue and what hangs off it (JSON bodies and forms). */
public final class IssueInputs {

    private IssueInputs() {
    }

    /**
     * An issue's editable fields. PUT replaces them all (title required); PATCH changes only those present.
     * The letter is not editable: codes never change.
     */
    public record IssueEdit(
            @Size(max = 512) String title,
            String status,
            String category,
            @PartialDate String periodStart,
            @PartialDate String periodEnd,
            @PositiveOrZero Integer affectedCertificates,
            Boolean affectedApproximate,
            @Size(max = 65535) String body,
            @Size(max = 65535) String assessment,
            Boolean coveredInIncidentReport,
            Boolean disclosedInAudit,
            @Size(max = 32) List<@NotBlank @Size(max = 128) String> aliases) {
    }

    public record StatementInput(
            @PartialDate String statedOn,
            @Size(max = 512) String speaker,
            String kind,
            @NotBlank @Size(max = 65535) String text,
            @WebUrl String sourceUrl) {
    }

    public record ReferenceInput(
            String kind,
            @NotBlank @Size(max = 1024) String title,
            @WebUrl String url,
            @PartialDate String publishedOn) {
    }

    public record CreditInput(
            @NotBlank @Size(max = 512) String person,
            @Size(max = 512) String contribution) {
    }

    public record EvidenceInput(
            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal digits") String sha256,
            @Size(max = 4096) String note) {
    }

    public record CommentInput(@NotBlank @Size(max = 20000) String text) {
    }
}
