package org.casebook.issue.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.casebook.storage.VersionedEdits;
import org.casebook.issue.CaStatement;
import org.casebook.issue.IssueComment;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.ReferenceKind;
import org.casebook.issue.StatementKind;
import org.casebook.issue.service.IssueInputs.CommentInput;
import org.casebook.issue.service.IssueInputs.IssueEdit;
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
    private static final List<String> DISCOVERIES = CodedEnum.codes(org.casebook.issue.DiscoveredBy.class);
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

    @Transactional(SUPPORTS)
    public java.util.Optional<Issue> findByLetter(CertificationAuthority ca, String letter) {
        return Issue.findByLetter(ca, letter);
    }

    @Transactional(SUPPORTS)
    public List<Issue> listForCa(CertificationAuthority ca) {
        return Issue.listForCa(ca);
    }

    @Transactional(SUPPORTS)
    public long countForCa(CertificationAuthority ca) {
        return Issue.countForCa(ca);
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
        if (!partial || edit.reportedAt() != null) {
            issue.reportedAt = Inputs.utcInstant("reportedAt", edit.reportedAt());
        }
        if (!partial || edit.discoveredBy() != null) {
            issue.discoveredBy = Inputs.code("discoveredBy", edit.discoveredBy(), org.casebook.issue.DiscoveredBy::fromCode, DISCOVERIES);
        }
        if (!partial || edit.nextUpdate() != null) {
            issue.nextUpdate = Inputs.date("nextUpdate", edit.nextUpdate());
        }
        if (!partial || edit.aliases() != null) {
            List<String> aliases = edit.aliases() == null ? List.of() : edit.aliases().stream().map(String::strip).distinct().toList();
            if (!aliases.equals(issue.aliases)) {
                issue.aliases.clear();
                issue.aliases.addAll(aliases);
            }
        }
    }

    /** Adds a statement, reference or credit to the issue. */
    public <E extends PanacheEntity, I> E addPart(String caSlug, String letter, IssuePart<E, I> part, I input) {
        E record = part.blank().get();
        part.attach().accept(record, issue(caSlug, letter));
        apply(part, record, input);
        record.persist();
        return record;
    }

    /** Changes one, provided it is the version the change was made against. */
    public <E extends PanacheEntity, I> E updatePart(String caSlug, String letter, IssuePart<E, I> part, long id, I input,
            ExpectedVersion expected) {
        E record = part(caSlug, letter, part, id);
        Inputs.valid(validator, input, part.fields());
        edits.lock(record, part.version(), expected, part.name() + " " + id);
        apply(part, record, input);
        return record;
    }

    public <E extends PanacheEntity> void deletePart(String caSlug, String letter, IssuePart<E, ?> part, long id,
            ExpectedVersion expected) {
        edits.lock(part(caSlug, letter, part, id), part.version(), expected, part.name() + " " + id).delete();
    }

    @Transactional(SUPPORTS)
    public <E extends PanacheEntity> E part(String caSlug, String letter, IssuePart<E, ?> part, long id) {
        return owned(caSlug, letter, part.type(), id, part.name());
    }

    private <E extends PanacheEntity, I> void apply(IssuePart<E, I> part, E record, I input) {
        Inputs.valid(validator, input, part.fields());
        part.apply().accept(record, input);
    }

    /** A statement, reference, credit and comment of the issue as they are now, for its pages and its JSON. */
    public record Parts(List<CaStatement> statements, List<IssueReference> references, List<IssueCredit> credits) {
    }

    @Transactional(SUPPORTS)
    public Parts parts(Issue issue) {
        return new Parts(CaStatement.timeline(issue), IssueReference.forIssue(issue), IssueCredit.forIssue(issue));
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
        IssueComment comment = owned(caSlug, letter, IssueComment.class, id, "comment");
        boolean own = comment.author.equals(identity.getPrincipal().getName());
        if (!own && !identity.hasRole(Roles.MANAGER) && !identity.hasRole(Roles.ADMIN)) {
            throw new ApiException(403, "forbidden", "comment " + id + " is " + comment.author + "'s; only its author or a manager may delete it");
        }
        edits.lock(comment, c -> c.version, expected, "comment " + id).delete();
    }

    private <T> T owned(String caSlug, String letter, Class<T> type, long id, String what) {
        return OwnedRecords.find(issue(caSlug, letter), "issue", type, id, "issue '" + letter + "' has no " + what + " " + id);
    }

    @Transactional(SUPPORTS)
    public List<IssueComment> comments(Issue issue) {
        return new ArrayList<>(IssueComment.forIssue(issue));
    }
}
