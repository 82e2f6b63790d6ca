package org.casebook.audit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casebook.web.WebUrl;

/** What managers send to record or change an audit statement. Dates are ISO strings. */
public record AuditInput(
        @NotBlank @Size(max = 512) String auditor,
        @NotBlank @Size(max = 512) String standard,
        String periodStart,
        String periodEnd,
        String statementDate,
        String opinion,
        @Size(max = 65535) String reported,
        @WebUrl String url,
        List<String> disclosedIssues,
        List<String> missedIssues,
        Long version) {
    /** Without a version: the change applies to whatever is current. */
    public AuditInput(String auditor, String standard, String periodStart, String periodEnd,
            String statementDate, String opinion, String reported, String url,
            List<String> disclosedIssues, List<String> missedIssues) {
        this(auditor, standard, periodStart, periodEnd, statementDate, opinion, reported, url,
            disclosedIssues, missedIssues, null);
    }

    /** The same input said to be made against {@code version}. */
    public AuditInput withVersion(Long version) {
        return new AuditInput(auditor, standard, periodStart, periodEnd, statementDate, opinion, reported, url,
                disclosedIssues, missedIssues, version);
    }
}
