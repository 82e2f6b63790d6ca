package org.casebook.issue.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.casebook.evidence.service.EvidenceLinks;
import org.casebook.issue.Issue;
import org.casebook.claim.service.IssueClaims;
import org.casebook.issue.rest.IssueJson.IssueDetail;
import org.casebook.issue.service.IssueService;

/** An issue as the JSON API shows it, with what hangs off it read through the services. */
@ApplicationScoped
public class IssueDetails {

    @Inject
    IssueService issues;

    @Inject
    EvidenceLinks evidence;

    @Inject
    IssueClaims claims;

    public IssueDetail of(Issue issue) {
        return IssueDetail.of(issue, issues.parts(issue), evidence.forIssue(issue), claims.definingFindings(issue));
    }
}
