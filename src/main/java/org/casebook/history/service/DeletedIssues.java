package org.casebook.history.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.revocation.RevocationClock;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.history.CaseFileHistory;
import org.casebook.incident.IncidentQuestion;
import org.casebook.incident.IncidentReport;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueComment;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.service.IssueService;
import org.casebook.storage.VersionedEdits;
import org.casebook.web.ApiException;
import org.casebook.web.ExpectedVersion;

/**
 * Deleting an issue with everything that hangs off it, and bringing it back: the one place both the JSON API
 * and the pages go through. Deleted issues stay in the case file's history, so a restore rebuilds them from there.
 */
@ApplicationScoped
@Transactional
public class DeletedIssues {

    @Inject
    IssueService issues;

    @Inject
    CaseFileHistory history;

    @Inject
    VersionedEdits edits;

    /**
     * Deletes an issue with its statements, references, credits, evidence links, audit links and comments.
     * Envers keeps all of it, so {@link #restore} can bring it back; its letter is never given to another issue.
     */
    public void delete(String caSlug, String letter) {
        delete(caSlug, letter, ExpectedVersion.NONE);
    }

    public void delete(String caSlug, String letter, ExpectedVersion expected) {
        Issue issue = issues.issue(caSlug, letter);
        edits.lock(issue, i -> i.version, expected, "issue '" + letter + "' of '" + caSlug + "'");
        // One by one, not as bulk deletes: Envers records only what goes through the session.
        CaStatement.timeline(issue).forEach(CaStatement::delete);
        IssueReference.forIssue(issue).forEach(IssueReference::delete);
        IssueCredit.forIssue(issue).forEach(IssueCredit::delete);
        EvidenceLink.forIssue(issue).forEach(EvidenceLink::delete);
        AuditedIssue.forIssue(issue).forEach(AuditedIssue::delete);
        IssueComment.forIssue(issue).forEach(IssueComment::delete);
        IncidentQuestion.forIssue(issue).forEach(IncidentQuestion::delete);
        IncidentReport.forIssue(issue).forEach(IncidentReport::delete);
        RevocationClock.forIssue(issue).ifPresent(RevocationClock::delete);
        issue.delete();
    }

    /** The deleted issues of a CA that can be restored: letter, title, when and by whom deleted. */
    @Transactional(SUPPORTS)
    public List<CaseFileHistory.DeletedIssue> deleted(String caSlug) {
        CertificationAuthority ca = CertificationAuthority.withSlug(caSlug);
        return history.deletedIssues(ca).stream().filter(d -> Issue.findByLetter(ca, d.letter()).isEmpty()).toList();
    }

    /** Brings a deleted issue back under its own letter, with what was deleted together with it. */
    public Issue restore(String caSlug, String letter) {
        CertificationAuthority ca = CertificationAuthority.withSlug(caSlug);
        if (Issue.findByLetter(ca, letter).isPresent()) {
            throw ApiException.conflict("letter: issue '" + letter + "' of '" + caSlug + "' exists; there is nothing to restore");
        }
        CaseFileHistory.DeletedIssue deleted = history.deletedIssues(ca).stream().filter(d -> d.letter().equals(letter)).findFirst()
                .orElseThrow(() -> ApiException.notFound("CA '" + caSlug + "' has no deleted issue '" + letter + "'"));
        CaseFileHistory.Snapshot snapshot = history.snapshotBeforeDeletion(deleted);
        Issue old = snapshot.issue();
        Issue issue = new Issue();
        issue.ca = ca;
        issue.letter = letter;
        issue.copyContentFrom(old);
        issue.persist();
        Map<Long, Long> newStatementIds = new HashMap<>();
        for (CaStatement s : snapshot.statements()) {
            CaStatement copy = new CaStatement();
            copy.issue = issue;
            copy.statedOn = s.statedOn;
            copy.speaker = s.speaker;
            copy.kind = s.kind;
            copy.text = s.text;
            copy.sourceUrl = s.sourceUrl;
            copy.persist();
            newStatementIds.put(s.id, copy.id);
        }
        for (IssueReference r : snapshot.references()) {
            IssueReference copy = new IssueReference();
            copy.issue = issue;
            copy.kind = r.kind;
            copy.title = r.title;
            copy.url = r.url;
            copy.publishedOn = r.publishedOn;
            copy.persist();
        }
        for (IssueCredit c : snapshot.credits()) {
            IssueCredit copy = new IssueCredit();
            copy.issue = issue;
            copy.person = c.person;
            copy.contribution = c.contribution;
            copy.persist();
        }
        for (CaseFileHistory.EvidenceState e : snapshot.evidence()) {
            StoredCertificate.<StoredCertificate>findByIdOptional(e.certificateId()).ifPresent(certificate -> {
                EvidenceLink copy = new EvidenceLink();
                copy.issue = issue;
                copy.certificate = certificate;
                copy.note = e.note();
                copy.addedBy = e.addedBy();
                copy.addedAt = e.addedAt() == null ? Instant.now() : e.addedAt();
                copy.persist();
            });
        }
        for (CaseFileHistory.AuditLinkState a : snapshot.audits()) {
            AuditStatement.<AuditStatement>findByIdOptional(a.auditId()).ifPresent(audit -> {
                AuditedIssue copy = new AuditedIssue();
                copy.audit = audit;
                copy.issue = issue;
                copy.disclosed = a.disclosed();
                copy.note = a.note();
                copy.persist();
            });
        }
        for (IssueComment c : snapshot.comments()) {
            IssueComment copy = new IssueComment();
            copy.issue = issue;
            copy.author = c.author;
            copy.postedAt = c.postedAt;
            copy.text = c.text;
            copy.persist();
        }
        Map<Long, Long> newReportIds = new HashMap<>();
        for (IncidentReport r : snapshot.reports()) {
            IncidentReport copy = new IncidentReport();
            copy.issue = issue;
            copy.copyContentFrom(r);
            copy.persist();
            newReportIds.put(r.id, copy.id);
        }
        for (IncidentQuestion q : snapshot.questions()) {
            IncidentQuestion copy = new IncidentQuestion();
            copy.issue = issue;
            copy.copyContentFrom(q);
            // Restored statements and reports have new ids: the answer follows them.
            copy.answeredByStatementId = q.answeredByStatementId == null ? null : newStatementIds.get(q.answeredByStatementId);
            copy.answeredByReportId = q.answeredByReportId == null ? null : newReportIds.get(q.answeredByReportId);
            copy.persist();
        }
        return issue;
    }
}
