package org.casebook.history.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.claim.ClaimComparison;
import org.casebook.claim.IssueClaim;
import org.casebook.claim.service.IssueClaims;
import org.casebook.commitment.service.CommitmentLedger;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.EvidenceLink;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueComment;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.web.ApiException;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * The case file as known at the end of a day (UTC). What the program wrote (the CA, its issues and their parts, audits,
 * cross-signs, claims) is read from the revision history as it stood then; what carries its own date is kept only when
 * that date is not after the day: statements by when they were made, references by publication, audit statements by
 * their date, evidence by when it was filed, comments by when they were posted. A partial date counts from its first
 * day ("2016-09" is known on 2016-09-01).
 * <p>
 * The seeded case file was written in one revision when the database was created and has no earlier history; a day
 * before that revision shows the seeded text as written, filtered by its own dates.
 */
public class AsOfCaseFile implements CaseFileView {

    private final LocalDate day;
    private final Instant end;
    private final Integer revision;
    private final EntityManager em;
    private final AuditReader reader;
    private final IssueClaims claims;

    AsOfCaseFile(LocalDate day, Integer revision, EntityManager em, IssueClaims claims) {
        this.day = day;
        this.end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.revision = revision;
        this.em = em;
        this.reader = AuditReaderFactory.get(em);
        this.claims = claims;
    }

    @Override
    public LocalDate asOf() {
        return day;
    }

    private <T> List<T> at(Class<T> type, AuditCriterion criterion) {
        if (revision == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<T> found = reader.createQuery().forEntitiesAtRevision(type, revision).add(criterion).getResultList();
        return found;
    }

    private boolean known(String partialDate) {
        return partialDate == null || partialDate.isBlank() || partialDate.compareTo(day.toString()) <= 0
                || day.toString().startsWith(partialDate);
    }

    private boolean known(LocalDate date) {
        return date == null || !date.isAfter(day);
    }

    private boolean known(Instant instant) {
        return instant == null || instant.isBefore(end);
    }

    @Override
    public CertificationAuthority ca(String slug) {
        List<CertificationAuthority> found = at(CertificationAuthority.class, AuditEntity.property("slug").eq(slug));
        if (found.isEmpty()) {
            throw ApiException.notFound("the case file had no CA '" + slug + "' at the end of " + day + " (UTC)");
        }
        return found.get(0);
    }

    @Override
    public Issue issue(String slug, String letter) {
        CertificationAuthority ca = ca(slug);
        return issues(ca).stream().filter(i -> i.letter.equals(letter)).findFirst()
                .orElseThrow(() -> ApiException.notFound("CA '" + slug + "' had no issue '" + letter + "' at the end of " + day + " (UTC)"));
    }

    @Override
    public List<Issue> issues(CertificationAuthority ca) {
        List<Issue> found = at(Issue.class, AuditEntity.relatedId("ca").eq(ca.id)).stream()
                .sorted(Comparator.comparing((Issue i) -> i.letter)).toList();
        found.forEach(i -> {
            i.aliases.size();
            i.ca.name.length();
        });
        return found;
    }

    @Override
    public List<CaStatement> statements(Issue issue) {
        return filtered(at(CaStatement.class, AuditEntity.relatedId("issue").eq(issue.id)), s -> known(s.statedOn),
                Comparator.comparing((CaStatement s) -> s.statedOn == null ? "~" : s.statedOn).thenComparing(s -> s.id));
    }

    @Override
    public List<IssueReference> references(Issue issue) {
        return filtered(at(IssueReference.class, AuditEntity.relatedId("issue").eq(issue.id)), r -> known(r.publishedOn),
                Comparator.comparing((IssueReference r) -> r.publishedOn == null ? "~" : r.publishedOn).thenComparing(r -> r.id));
    }

    @Override
    public List<IssueCredit> credits(Issue issue) {
        return filtered(at(IssueCredit.class, AuditEntity.relatedId("issue").eq(issue.id)), c -> true,
                Comparator.comparing((IssueCredit c) -> c.id));
    }

    @Override
    public List<EvidenceLink> evidence(Issue issue) {
        List<EvidenceLink> links = filtered(at(EvidenceLink.class, AuditEntity.relatedId("issue").eq(issue.id)),
                l -> known(l.addedAt), Comparator.comparing((EvidenceLink l) -> l.addedAt).thenComparing(l -> l.id));
        links.forEach(l -> l.certificate.sha256.length());
        return links;
    }

    @Override
    public List<IssueComment> comments(Issue issue) {
        return filtered(at(IssueComment.class, AuditEntity.relatedId("issue").eq(issue.id)), c -> known(c.postedAt),
                Comparator.comparing((IssueComment c) -> c.postedAt).thenComparing(c -> c.id));
    }

    @Override
    public List<OwnershipEvent> ownership(CertificationAuthority ca) {
        return filtered(at(OwnershipEvent.class, AuditEntity.or(AuditEntity.relatedId("ca").eq(ca.id),
                AuditEntity.relatedId("newOwnerCa").eq(ca.id))), e -> true,
                Comparator.comparing((OwnershipEvent e) -> e.effectiveOn == null ? LocalDate.MAX : e.effectiveOn));
    }

    @Override
    public List<AuditStatement> audits(CertificationAuthority ca) {
        return filtered(at(AuditStatement.class, AuditEntity.relatedId("ca").eq(ca.id)), a -> known(a.statementDate),
                Comparator.comparing((AuditStatement a) -> a.periodStart == null ? LocalDate.MAX : a.periodStart).thenComparing(a -> a.id));
    }

    @Override
    public List<AuditedIssue> audited(AuditStatement audit) {
        List<AuditedIssue> found = filtered(at(AuditedIssue.class, AuditEntity.relatedId("audit").eq(audit.id)), a -> true,
                Comparator.comparing((AuditedIssue a) -> a.issue.letter));
        return found;
    }

    @Override
    public List<AuditedIssue> auditsOf(Issue issue) {
        return filtered(at(AuditedIssue.class, AuditEntity.relatedId("issue").eq(issue.id)), a -> known(a.audit.statementDate),
                Comparator.comparing((AuditedIssue a) -> a.id));
    }

    @Override
    public List<CrossSign> crossSigns(CertificationAuthority ca) {
        return filtered(at(CrossSign.class, AuditEntity.relatedId("ca").eq(ca.id)), c -> true,
                Comparator.comparing((CrossSign c) -> c.notAfter == null ? Instant.MAX : c.notAfter).thenComparing(c -> c.id));
    }

    @Override
    public ClaimComparison claim(Issue issue) {
        List<IssueClaim> claim = at(IssueClaim.class, AuditEntity.relatedId("issue").eq(issue.id));
        return claims.compare(claim.isEmpty() ? null : claim.get(0), evidence(issue), issue.ca.slug);
    }

    /** Promises and their recurrence are shown as they are now only; as of a day the page leaves them out. */
    @Override
    public CommitmentLedger.IssueRecurrences recurrences(Issue issue) {
        return new CommitmentLedger.IssueRecurrences(List.of(), List.of());
    }

    private static <T> List<T> filtered(List<T> records, Predicate<T> known, Comparator<T> order) {
        return records.stream().filter(known).sorted(order).toList();
    }

    /** When the revision this view reads was written, or null when the case file had none yet. */
    public Integer revision() {
        return revision;
    }

    public Instant end() {
        return end;
    }

    EntityManager entityManager() {
        return em;
    }
}
