package org.casebook.history.service;

import java.time.LocalDate;
import java.util.List;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.claim.ClaimComparison;
import org.casebook.commitment.service.CommitmentLedger;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.EvidenceLink;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueComment;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;

/**
 * The case file as pages and exports read it: as it is now ({@link LiveCaseFile}) or as it was known at the end of a
 * day ({@link AsOfCaseFile}). A new kind of record an issue page shows (incident reports, questions) is one more
 * method here, answered by both.
 */
public interface CaseFileView {

    /** The day this view is as known at the end of (UTC), or null for the case file as it is now. */
    LocalDate asOf();

    /** The CA, or a 404 when the case file did not have it then. */
    CertificationAuthority ca(String slug);

    /** The issue, or a 404 when the case file did not have it then. */
    Issue issue(String slug, String letter);

    List<Issue> issues(CertificationAuthority ca);

    List<CaStatement> statements(Issue issue);

    List<IssueReference> references(Issue issue);

    List<IssueCredit> credits(Issue issue);

    List<EvidenceLink> evidence(Issue issue);

    List<IssueComment> comments(Issue issue);

    List<OwnershipEvent> ownership(CertificationAuthority ca);

    List<AuditStatement> audits(CertificationAuthority ca);

    List<AuditedIssue> audited(AuditStatement audit);

    List<AuditedIssue> auditsOf(Issue issue);

    List<CrossSign> crossSigns(CertificationAuthority ca);

    ClaimComparison claim(Issue issue);

    CommitmentLedger.IssueRecurrences recurrences(Issue issue);
}
