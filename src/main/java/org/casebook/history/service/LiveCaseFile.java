package org.casebook.history.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.claim.ClaimComparison;
import org.casebook.claim.service.IssueClaims;
import org.casebook.commitment.service.CommitmentLedger;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.EvidenceLink;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueComment;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.service.IssueService;

/** The case file as it is now. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LiveCaseFile implements CaseFileView {

    @Inject
    IssueService issues;

    @Inject
    IssueClaims claims;

    @Inject
    CommitmentLedger ledger;

    @Override
    public LocalDate asOf() {
        return null;
    }

    @Override
    public CertificationAuthority ca(String slug) {
        return issues.ca(slug);
    }

    @Override
    public Issue issue(String slug, String letter) {
        return issues.issue(slug, letter);
    }

    @Override
    public List<Issue> issues(CertificationAuthority ca) {
        return Issue.listForCa(ca);
    }

    @Override
    public List<CaStatement> statements(Issue issue) {
        return CaStatement.timeline(issue);
    }

    @Override
    public List<IssueReference> references(Issue issue) {
        return IssueReference.forIssue(issue);
    }

    @Override
    public List<IssueCredit> credits(Issue issue) {
        return IssueCredit.forIssue(issue);
    }

    @Override
    public List<EvidenceLink> evidence(Issue issue) {
        return EvidenceLink.forIssue(issue);
    }

    @Override
    public List<IssueComment> comments(Issue issue) {
        return IssueComment.forIssue(issue);
    }

    @Override
    public List<OwnershipEvent> ownership(CertificationAuthority ca) {
        return OwnershipEvent.involving(ca);
    }

    @Override
    public List<AuditStatement> audits(CertificationAuthority ca) {
        return AuditStatement.forCa(ca);
    }

    @Override
    public List<AuditedIssue> audited(AuditStatement audit) {
        return AuditedIssue.forAudit(audit);
    }

    @Override
    public List<AuditedIssue> auditsOf(Issue issue) {
        return AuditedIssue.forIssue(issue);
    }

    @Override
    public List<CrossSign> crossSigns(CertificationAuthority ca) {
        return CrossSign.forCa(ca);
    }

    @Override
    public ClaimComparison claim(Issue issue) {
        return claims.compare(issue);
    }

    @Override
    public CommitmentLedger.IssueRecurrences recurrences(Issue issue) {
        return ledger.forIssue(issue);
    }
}
