package org.casebook.issue.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.history.CaseFileHistory;
import org.casebook.storage.VersionedEdits;
import org.casebook.issue.CaStatement;
import org.casebook.issue.IssueComment;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.ReferenceKind;
import org.casebook.issue.StatementKind;
import org.casebook.issue.service.IssueInputs.CommentInput;
import org.casebook.issue.service.IssueInputs.CreditInput;
import org.casebook.evidence.service.EvidenceInput;
import org.casebook.issue.service.IssueInputs.IssueEdit;
import org.casebook.issue.service.IssueInputs.ReferenceInput;
import org.casebook.issue.service.IssueInputs.StatementInput;
import org.casebook.security.Roles;
import org.casebook.web.CodedEnum;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.Inputs;
import org.casebook.storage.OwnedRecords;
import org.casebook.ca.CertificationAuthority;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCategory;
import org.casebook.issue.IssueLetters;
import org.casebook.issue.IssueStatus;
import org.casebook.issue.service.IssueInputs.NewIssue;
import org.casebook.web.ApiException;
import org.casebook.web.PartialDates;

/** Rules for a CA's issues: lookup, and creation in a letter slot that leaves every other letter alone. */
@ApplicationScoped
@Transactional
public class IssueService {

    private static final List<String> STATUSES = CodedEnum.codes(IssueStatus.class);
    private static final List<String> CATEGORIES = CodedEnum.codes(IssueCategory.class);
    private static final List<String> STATEMENT_KINDS = CodedEnum.codes(StatementKind.class);
    private static final List<String> REFERENCE_KINDS = CodedEnum.codes(ReferenceKind.class);
    private static final String STATEMENT_FIELDS = "{\"statedOn\",\"speaker\",\"kind\",\"text\",\"sourceUrl\"}";
    private static final String REFERENCE_FIELDS = "{\"kind\",\"title\",\"url\",\"publishedOn\"}";
    private static final String CREDIT_FIELDS = "{\"person\",\"contribution\"}";
    private static final String EVIDENCE_FIELDS = "{\"sha256\",\"note\"}";

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    CaseFileHistory history;

    @Inject
    SecurityIdentity identity;

    @Inject
    VersionedEdits edits;

    @Transactional(SUPPORTS)
    public CertificationAuthority ca(String slug) {
        return CertificationAuthority.withSlug(slug);
    }

    @Transactional(SUPPORTS)
    public Issue issue(String caSlug, String letter) {
        CertificationAuthority ca = ca(caSlug);
        return Issue.findByLetter(ca, letter)
                .orElseThrow(() -> ApiException.notFound("CA '" + caSlug + "' has no issue '" + letter + "'"));
    }

    /**
     * Creates an issue whose letter sorts strictly between {@code after} and the next issue's letter
     * (after the last issue when {@code after} is absent).
     */
    public Issue create(String caSlug, NewIssue request) {
        CertificationAuthority ca = ca(caSlug);
        if (request == null || request.title() == null || request.title().isBlank()) {
            throw ApiException.badRequest("title: must not be blank");
        }
        if (request.title().length() > 512) {
            throw ApiException.badRequest("title: at most 512 characters");
        }
        requirePartialDate("periodStart", request.periodStart());
        requirePartialDate("periodEnd", request.periodEnd());
        if (request.affectedCertificates() != null && request.affectedCertificates() < 0) {
            throw ApiException.badRequest("affectedCertificates: must not be negative");
        }
        List<Issue> issues = Issue.listForCa(ca);
        // Letters of deleted issues stay taken, so that a restored issue gets its own letter back.
        TreeSet<String> taken = new TreeSet<>(lettersEverUsed(ca));
        issues.forEach(i -> taken.add(i.letter));
        String low;
        String high;
        if (request.after() == null || request.after().isBlank()) {
            low = taken.isEmpty() ? null : taken.last();
            high = null;
        } else {
            int index = indexOf(issues, request.after());
            if (index < 0) {
                throw ApiException.badRequest("after: CA '" + caSlug + "' has no issue '" + request.after() + "'");
            }
            low = request.after();
            high = taken.higher(low);
        }
        Issue issue = new Issue();
        issue.ca = ca;
        issue.letter = IssueLetters.between(low, high);
        issue.title = request.title().strip();
        issue.status = request.status() == null ? IssueStatus.SUSPECTED : IssueStatus.fromCode(request.status());
        issue.category = request.category() == null ? null : IssueCategory.fromCode(request.category());
        issue.periodStart = request.periodStart();
        issue.periodEnd = request.periodEnd();
        issue.affectedCertificates = request.affectedCertificates();
        issue.affectedApproximate = Boolean.TRUE.equals(request.affectedApproximate());
        issue.body = request.body();
        if (request.aliases() != null) {
            issue.aliases.addAll(request.aliases().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList());
        }
        issue.persist();
        return issue;
    }

    private static int indexOf(List<Issue> issues, String letter) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).letter.equals(letter)) {
                return i;
            }
        }
        return -1;
    }

    private static void requirePartialDate(String field, String value) {
        if (!PartialDates.isValid(value)) {
            throw ApiException.badRequest(field + ": '" + value + "' is not a date like 2015, 2015-03 or 2015-03-05, " + org.casebook.web.DateRange.DESCRIPTION);
        }
    }

    /** Every letter this CA's issues ever had, deleted ones included (Envers keeps them). */
    @SuppressWarnings("unchecked")
    @Transactional(SUPPORTS)
    public List<String> lettersEverUsed(CertificationAuthority ca) {
        return em.createNativeQuery("select distinct letter from issue_AUD where ca_id = ?1 and letter is not null")
                .setParameter(1, ca.id).getResultList();
    }

    /** Creates an issue after {@code after} with all the form's fields, in one transaction. */
    public Issue create(String caSlug, String after, IssueEdit edit) {
        Inputs.valid(validator, edit, "the issue's fields");
        Issue created = create(caSlug, new NewIssue(edit.title(), after, edit.status(), edit.category(), edit.periodStart(),
                edit.periodEnd(), edit.affectedCertificates(), edit.affectedApproximate(), edit.body(), edit.aliases()));
        apply(created, edit, false);
        return created;
    }

    /** {@link #update(String, String, IssueEdit, boolean, ExpectedVersion)} checked against the body's "version", if any. */
    public Issue update(String caSlug, String letter, IssueEdit edit, boolean partial) {
        return update(caSlug, letter, edit, partial, ExpectedVersion.of(null, edit == null ? null : edit.version()));
    }

    /**
     * Changes an issue's fields: all of them ({@code partial} false, PUT) or those present (PATCH), on the issue as
     * it is now (its row locked until the change commits), provided it is the version the change was made against.
     */
    public Issue update(String caSlug, String letter, IssueEdit edit, boolean partial, ExpectedVersion expected) {
        Issue issue = issue(caSlug, letter);
        Inputs.valid(validator, edit, "the issue's fields");
        edits.lock(issue, i -> i.version, expected, "issue '" + letter + "' of '" + caSlug + "'");
        apply(issue, edit, partial);
        return issue;
    }

    private void apply(Issue issue, IssueEdit edit, boolean partial) {
        if (!partial || edit.title() != null) {
            if (edit.title() == null || edit.title().isBlank()) {
                throw ApiException.badRequest("title: must not be blank");
            }
            issue.title = edit.title().strip();
        }
        if (!partial || edit.status() != null) {
            IssueStatus status = Inputs.code("status", edit.status(), IssueStatus::fromCode, STATUSES);
            issue.status = status == null ? IssueStatus.SUSPECTED : status;
        }
        if (!partial || edit.category() != null) {
            issue.category = Inputs.code("category", edit.category(), IssueCategory::fromCode, CATEGORIES);
        }
        if (!partial || edit.periodStart() != null) {
            issue.periodStart = Inputs.blankToNull(edit.periodStart());
        }
        if (!partial || edit.periodEnd() != null) {
            issue.periodEnd = Inputs.blankToNull(edit.periodEnd());
        }
        if (issue.periodStart != null && issue.periodEnd != null
                && issue.periodEnd.compareTo(issue.periodStart.substring(0, Math.min(issue.periodStart.length(), issue.periodEnd.length()))) < 0) {
            throw ApiException.badRequest("periodEnd: '" + issue.periodEnd + "' is before periodStart '" + issue.periodStart + "'");
        }
        if (!partial || edit.affectedCertificates() != null) {
            issue.affectedCertificates = edit.affectedCertificates();
        }
        if (!partial || edit.affectedApproximate() != null) {
            issue.affectedApproximate = Boolean.TRUE.equals(edit.affectedApproximate());
        }
        if (!partial || edit.body() != null) {
            issue.body = Inputs.blankToNull(edit.body()) == null ? null : edit.body();
        }
        if (!partial || edit.assessment() != null) {
            issue.assessment = Inputs.blankToNull(edit.assessment()) == null ? null : edit.assessment();
        }
        if (!partial || edit.coveredInIncidentReport() != null) {
            issue.coveredInIncidentReport = Boolean.TRUE.equals(edit.coveredInIncidentReport());
        }
        if (!partial || edit.disclosedInAudit() != null) {
            issue.disclosedInAudit = Boolean.TRUE.equals(edit.disclosedInAudit());
        }
        if (!partial || edit.aliases() != null) {
            List<String> aliases = edit.aliases() == null ? List.of() : edit.aliases().stream().map(String::strip).distinct().toList();
            if (!aliases.equals(issue.aliases)) {
                issue.aliases.clear();
                issue.aliases.addAll(aliases);
            }
        }
    }

    /**
     * Deletes an issue with its statements, references, credits, evidence links, audit links and comments.
     * Envers keeps all of it, so {@link #restore} can bring it back; its letter is never given to another issue.
     */
    public void delete(String caSlug, String letter) {
        delete(caSlug, letter, ExpectedVersion.NONE);
    }

    public void delete(String caSlug, String letter, ExpectedVersion expected) {
        Issue issue = issue(caSlug, letter);
        edits.lock(issue, i -> i.version, expected, "issue '" + letter + "' of '" + caSlug + "'");
        // One by one, not as bulk deletes: Envers records only what goes through the session.
        CaStatement.timeline(issue).forEach(CaStatement::delete);
        IssueReference.forIssue(issue).forEach(IssueReference::delete);
        IssueCredit.forIssue(issue).forEach(IssueCredit::delete);
        EvidenceLink.forIssue(issue).forEach(EvidenceLink::delete);
        AuditedIssue.forIssue(issue).forEach(AuditedIssue::delete);
        IssueComment.forIssue(issue).forEach(IssueComment::delete);
        issue.delete();
    }

    /** The deleted issues of a CA that can be restored: letter, title, when and by whom deleted. */
    @Transactional(SUPPORTS)
    public List<CaseFileHistory.DeletedIssue> deleted(String caSlug) {
        CertificationAuthority ca = ca(caSlug);
        return history.deletedIssues(ca).stream().filter(d -> Issue.findByLetter(ca, d.letter()).isEmpty()).toList();
    }

    /** Brings a deleted issue back under its own letter, with what was deleted together with it. */
    public Issue restore(String caSlug, String letter) {
        CertificationAuthority ca = ca(caSlug);
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
        issue.title = old.title;
        issue.aliases.addAll(old.aliases == null ? List.of() : old.aliases);
        issue.status = old.status;
        issue.category = old.category;
        issue.periodStart = old.periodStart;
        issue.periodEnd = old.periodEnd;
        issue.affectedCertificates = old.affectedCertificates;
        issue.affectedApproximate = old.affectedApproximate;
        issue.body = old.body;
        issue.assessment = old.assessment;
        issue.coveredInIncidentReport = old.coveredInIncidentReport;
        issue.disclosedInAudit = old.disclosedInAudit;
        issue.persist();
        for (CaStatement s : snapshot.statements()) {
            CaStatement copy = new CaStatement();
            copy.issue = issue;
            copy.statedOn = s.statedOn;
            copy.speaker = s.speaker;
            copy.kind = s.kind;
            copy.text = s.text;
            copy.sourceUrl = s.sourceUrl;
            copy.persist();
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
        return issue;
    }

    public CaStatement addStatement(String caSlug, String letter, StatementInput input) {
        CaStatement statement = new CaStatement();
        statement.issue = issue(caSlug, letter);
        apply(statement, input);
        statement.persist();
        return statement;
    }

    public CaStatement updateStatement(String caSlug, String letter, long id, StatementInput input) {
        return updateStatement(caSlug, letter, id, input, ExpectedVersion.of(null, input == null ? null : input.version()));
    }

    public CaStatement updateStatement(String caSlug, String letter, long id, StatementInput input, ExpectedVersion expected) {
        CaStatement statement = statement(caSlug, letter, id);
        Inputs.valid(validator, input, STATEMENT_FIELDS);
        edits.lock(statement, s -> s.version, expected, "statement " + id);
        apply(statement, input);
        return statement;
    }

    public void deleteStatement(String caSlug, String letter, long id) {
        deleteStatement(caSlug, letter, id, ExpectedVersion.NONE);
    }

    public void deleteStatement(String caSlug, String letter, long id, ExpectedVersion expected) {
        edits.lock(statement(caSlug, letter, id), s -> s.version, expected, "statement " + id).delete();
    }

    @Transactional(SUPPORTS)
    public CaStatement statement(String caSlug, String letter, long id) {
        return part(caSlug, letter, CaStatement.class, id, "statement");
    }

    private void apply(CaStatement statement, StatementInput input) {
        Inputs.valid(validator, input, STATEMENT_FIELDS);
        StatementKind kind = Inputs.code("kind", input.kind(), StatementKind::fromCode, STATEMENT_KINDS);
        statement.statedOn = Inputs.blankToNull(input.statedOn());
        statement.speaker = Inputs.blankToNull(input.speaker());
        statement.kind = kind == null ? StatementKind.SUMMARY : kind;
        statement.text = input.text().strip();
        statement.sourceUrl = Inputs.blankToNull(input.sourceUrl());
    }

    public IssueReference addReference(String caSlug, String letter, ReferenceInput input) {
        IssueReference reference = new IssueReference();
        reference.issue = issue(caSlug, letter);
        apply(reference, input);
        reference.persist();
        return reference;
    }

    public IssueReference updateReference(String caSlug, String letter, long id, ReferenceInput input) {
        return updateReference(caSlug, letter, id, input, ExpectedVersion.of(null, input == null ? null : input.version()));
    }

    public IssueReference updateReference(String caSlug, String letter, long id, ReferenceInput input, ExpectedVersion expected) {
        IssueReference reference = reference(caSlug, letter, id);
        Inputs.valid(validator, input, REFERENCE_FIELDS);
        edits.lock(reference, r -> r.version, expected, "reference " + id);
        apply(reference, input);
        return reference;
    }

    public void deleteReference(String caSlug, String letter, long id) {
        deleteReference(caSlug, letter, id, ExpectedVersion.NONE);
    }

    public void deleteReference(String caSlug, String letter, long id, ExpectedVersion expected) {
        edits.lock(reference(caSlug, letter, id), r -> r.version, expected, "reference " + id).delete();
    }

    @Transactional(SUPPORTS)
    public IssueReference reference(String caSlug, String letter, long id) {
        return part(caSlug, letter, IssueReference.class, id, "reference");
    }

    private void apply(IssueReference reference, ReferenceInput input) {
        Inputs.valid(validator, input, REFERENCE_FIELDS);
        ReferenceKind kind = Inputs.code("kind", input.kind(), ReferenceKind::fromCode, REFERENCE_KINDS);
        reference.kind = kind == null ? ReferenceKind.OTHER : kind;
        reference.title = input.title().strip();
        reference.url = Inputs.blankToNull(input.url());
        reference.publishedOn = Inputs.blankToNull(input.publishedOn());
    }

    public IssueCredit addCredit(String caSlug, String letter, CreditInput input) {
        IssueCredit credit = new IssueCredit();
        credit.issue = issue(caSlug, letter);
        apply(credit, input);
        credit.persist();
        return credit;
    }

    public IssueCredit updateCredit(String caSlug, String letter, long id, CreditInput input) {
        return updateCredit(caSlug, letter, id, input, ExpectedVersion.of(null, input == null ? null : input.version()));
    }

    public IssueCredit updateCredit(String caSlug, String letter, long id, CreditInput input, ExpectedVersion expected) {
        IssueCredit credit = credit(caSlug, letter, id);
        Inputs.valid(validator, input, CREDIT_FIELDS);
        edits.lock(credit, c -> c.version, expected, "credit " + id);
        apply(credit, input);
        return credit;
    }

    public void deleteCredit(String caSlug, String letter, long id) {
        deleteCredit(caSlug, letter, id, ExpectedVersion.NONE);
    }

    public void deleteCredit(String caSlug, String letter, long id, ExpectedVersion expected) {
        edits.lock(credit(caSlug, letter, id), c -> c.version, expected, "credit " + id).delete();
    }

    @Transactional(SUPPORTS)
    public IssueCredit credit(String caSlug, String letter, long id) {
        return part(caSlug, letter, IssueCredit.class, id, "credit");
    }

    private void apply(IssueCredit credit, CreditInput input) {
        Inputs.valid(validator, input, CREDIT_FIELDS);
        credit.person = input.person().strip();
        credit.contribution = Inputs.blankToNull(input.contribution());
    }

    /** Files a stored certificate as evidence for the issue, or changes the note when it already is. */
    public EvidenceLink linkEvidence(String caSlug, String letter, EvidenceInput input) {
        Issue issue = issue(caSlug, letter);
        Inputs.valid(validator, input, EVIDENCE_FIELDS);
        StoredCertificate certificate = StoredCertificate.findBySha256(input.sha256())
                .orElseThrow(() -> ApiException.badRequest("sha256: no stored certificate has SHA-256 " + input.sha256().toLowerCase()
                        + " (upload it first)"));
        EvidenceLink link = EvidenceLink.<EvidenceLink>find("issue = ?1 and certificate = ?2", issue, certificate).firstResultOptional()
                .orElse(null);
        if (link == null) {
            link = new EvidenceLink();
            link.issue = issue;
            link.certificate = certificate;
            link.addedBy = identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
            link.addedAt = Instant.now();
            link.note = Inputs.blankToNull(input.note());
            link.persist();
        } else {
            edits.lock(link, l -> l.version, ExpectedVersion.of(null, input.version()), "evidence " + certificate.sha256);
            link.note = Inputs.blankToNull(input.note());
        }
        return link;
    }

    /** Changes the note of a certificate filed as evidence for the issue. */
    public EvidenceLink updateEvidence(String caSlug, String letter, String sha256, String note, ExpectedVersion expected) {
        EvidenceLink link = evidence(caSlug, letter, sha256);
        Inputs.valid(validator, new EvidenceInput(link.certificate.sha256, note), EVIDENCE_FIELDS);
        edits.lock(link, l -> l.version, expected, "evidence " + link.certificate.sha256);
        link.note = Inputs.blankToNull(note);
        return link;
    }

    public void unlinkEvidence(String caSlug, String letter, String sha256) {
        unlinkEvidence(caSlug, letter, sha256, ExpectedVersion.NONE);
    }

    public void unlinkEvidence(String caSlug, String letter, String sha256, ExpectedVersion expected) {
        edits.lock(evidence(caSlug, letter, sha256), l -> l.version, expected, "evidence " + sha256).delete();
    }

    @Transactional(SUPPORTS)
    public EvidenceLink evidence(String caSlug, String letter, String sha256) {
        Issue issue = issue(caSlug, letter);
        return EvidenceLink.<EvidenceLink>find("issue = ?1 and certificate.sha256 = ?2", issue, sha256.toLowerCase()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("issue '" + letter + "' has no evidence certificate " + sha256));
    }

    public IssueComment comment(String caSlug, String letter, CommentInput input) {
        Issue issue = issue(caSlug, letter);
        Inputs.valid(validator, input, "{\"text\"}");
        IssueComment comment = new IssueComment();
        comment.issue = issue;
        comment.author = identity.getPrincipal().getName();
        comment.postedAt = Instant.now();
        comment.text = input.text().strip();
        comment.persist();
        return comment;
    }

    /** Reviewers remove their own comments; managers any. */
    public void deleteComment(String caSlug, String letter, long id) {
        deleteComment(caSlug, letter, id, ExpectedVersion.NONE);
    }

    public void deleteComment(String caSlug, String letter, long id, ExpectedVersion expected) {
        IssueComment comment = part(caSlug, letter, IssueComment.class, id, "comment");
        boolean own = comment.author.equals(identity.getPrincipal().getName());
        if (!own && !identity.hasRole(Roles.MANAGER) && !identity.hasRole(Roles.ADMIN)) {
            throw new ApiException(403, "forbidden", "comment " + id + " is " + comment.author + "'s; only its author or a manager may delete it");
        }
        edits.lock(comment, c -> c.version, expected, "comment " + id).delete();
    }

    private <T> T part(String caSlug, String letter, Class<T> type, long id, String what) {
        return OwnedRecords.find(issue(caSlug, letter), "issue", type, id, "issue '" + letter + "' has no " + what + " " + id);
    }

    @Transactional(SUPPORTS)
    public List<IssueComment> comments(Issue issue) {
        return new ArrayList<>(IssueComment.forIssue(issue));
    }
}
