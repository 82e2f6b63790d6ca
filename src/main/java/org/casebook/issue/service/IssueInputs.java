package org.casebook.issue.service;

import jakarta.validation.constraints.NotBlank;
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
            @Size(max = 32) List<@NotBlank @Size(max = 128) String> aliases,
            String reportedAt,
            String discoveredBy,
            String nextUpdate,
            @Size(max = 64) List<@Size(max = 128) String> definingFindings,
            Long version) {
        /** Without a version: the change applies to whatever is current. */
        public IssueEdit(String title, String status, String category, String periodStart, String periodEnd,
                Integer affectedCertificates, Boolean affectedApproximate, String body, String assessment,
                Boolean coveredInIncidentReport, Boolean disclosedInAudit, List<String> aliases) {
            this(title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate,
                body, assessment, coveredInIncidentReport, disclosedInAudit, aliases, null, null, null, null, null);
        }

        /** The same input said to be made against {@code version}. */
        public IssueEdit withVersion(Long version) {
            return new IssueEdit(title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate,
                    body, assessment, coveredInIncidentReport, disclosedInAudit, aliases, reportedAt, discoveredBy, nextUpdate,
                    definingFindings, version);
        }

        /** The same input with the live-incident clock fields (reported, how discovered, next update). */
        public IssueEdit withClocks(String reportedAt, String discoveredBy, String nextUpdate) {
            return new IssueEdit(title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate,
                    body, assessment, coveredInIncidentReport, disclosedInAudit, aliases, reportedAt, discoveredBy, nextUpdate,
                    definingFindings, version);
        }

        /** The same input with the issue's defining finding codes (kept beside the issue by the claim service). */
        public IssueEdit withDefiningFindings(List<String> codes) {
            return new IssueEdit(title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate,
                    body, assessment, coveredInIncidentReport, disclosedInAudit, aliases, reportedAt, discoveredBy, nextUpdate,
                    codes, version);
        }
    }

    public record StatementInput(
            @PartialDate String statedOn,
            @Size(max = 512) String speaker,
            String kind,
            @NotBlank @Size(max = 65535) String text,
            @WebUrl String sourceUrl,
            Long version) {
        /** Without a version: the change applies to whatever is current. */
        public StatementInput(String statedOn, String speaker, String kind, String text, String sourceUrl) {
            this(statedOn, speaker, kind, text, sourceUrl, null);
        }

        /** The same input said to be made against {@code version}. */
        public StatementInput withVersion(Long version) {
            return new StatementInput(statedOn, speaker, kind, text, sourceUrl, version);
        }
    }

    public record ReferenceInput(
            String kind,
            @NotBlank @Size(max = 1024) String title,
            @WebUrl String url,
            @PartialDate String publishedOn,
            Long version) {
        /** Without a version: the change applies to whatever is current. */
        public ReferenceInput(String kind, String title, String url, String publishedOn) {
            this(kind, title, url, publishedOn, null);
        }

        /** The same input said to be made against {@code version}. */
        public ReferenceInput withVersion(Long version) {
            return new ReferenceInput(kind, title, url, publishedOn, version);
        }
    }

    public record CreditInput(
            @NotBlank @Size(max = 512) String person,
            @Size(max = 512) String contribution,
            Long version) {
        /** Without a version: the change applies to whatever is current. */
        public CreditInput(String person, String contribution) {
            this(person, contribution, null);
        }

        /** The same input said to be made against {@code version}. */
        public CreditInput withVersion(Long version) {
            return new CreditInput(person, contribution, version);
        }
    }

    public record CommentInput(@NotBlank @Size(max = 20000, message = "at most 20000 characters") String text) {
    }

    /** What a manager sends to create an issue; only the title is required. */
    public record NewIssue(String title, String after, String status, String category, String periodStart,
            String periodEnd, Integer affectedCertificates, Boolean affectedApproximate, String body, List<String> aliases) {
    }
}
