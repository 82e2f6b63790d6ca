package org.casebook.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.casebook.evidence.EvidenceLink;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * An issue's revisions, newest first, each with a field-by-field diff: the issue's own fields and its
 * statements, references, credits and evidence links.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IssueHistory {

    /** One field that changed in one revision; {@code entity} names what changed ("issue", "statement 12"). */
    public record Change(String entity, String field, Object from, Object to) {
    }

    public record Revision(int revision, String author, Instant at, List<Change> changes) {
    }

    private static final Map<String, Function<Issue, Object>> ISSUE_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<CaStatement, Object>> STATEMENT_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<IssueReference, Object>> REFERENCE_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<IssueCredit, Object>> CREDIT_FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<EvidenceLink, Object>> EVIDENCE_FIELDS = new LinkedHashMap<>();

    static {
        ISSUE_FIELDS.put("letter", i -> i.letter);
        ISSUE_FIELDS.put("title", i -> i.title);
        ISSUE_FIELDS.put("aliases", i -> i.aliases == null ? List.of() : List.copyOf(i.aliases));
        ISSUE_FIELDS.put("status", i -> i.status == null ? null : i.status.code());
        ISSUE_FIELDS.put("category", i -> i.category == null ? null : i.category.code());
        ISSUE_FIELDS.put("periodStart", i -> i.periodStart);
        ISSUE_FIELDS.put("periodEnd", i -> i.periodEnd);
        ISSUE_FIELDS.put("affectedCertificates", i -> i.affectedCertificates);
        ISSUE_FIELDS.put("affectedApproximate", i -> i.affectedApproximate);
        ISSUE_FIELDS.put("body", i -> i.body);
        ISSUE_FIELDS.put("assessment", i -> i.assessment);
        ISSUE_FIELDS.put("coveredInIncidentReport", i -> i.coveredInIncidentReport);
        ISSUE_FIELDS.put("disclosedInAudit", i -> i.disclosedInAudit);
        STATEMENT_FIELDS.put("statedOn", s -> s.statedOn);
        STATEMENT_FIELDS.put("speaker", s -> s.speaker);
        STATEMENT_FIELDS.put("kind", s -> s.kind == null ? null : s.kind.code());
        STATEMENT_FIELDS.put("text", s -> s.text);
        STATEMENT_FIELDS.put("sourceUrl", s -> s.sourceUrl);
        REFERENCE_FIELDS.put("kind", r -> r.kind == null ? null : r.kind.code());
        REFERENCE_FIELDS.put("title", r -> r.title);
        REFERENCE_FIELDS.put("url", r -> r.url);
        REFERENCE_FIELDS.put("publishedOn", r -> r.publishedOn);
        CREDIT_FIELDS.put("person", c -> c.person);
        CREDIT_FIELDS.put("contribution", c -> c.contribution);
        EVIDENCE_FIELDS.put("certificate", e -> e.certificate == null ? null : e.certificate.sha256);
        EVIDENCE_FIELDS.put("note", e -> e.note);
    }

    @Inject
    EntityManager em;

    public List<Revision> of(Issue issue) {
        return of(issue.id);
    }

    /** Works for deleted issues too: Envers keeps their last state. */
    public List<Revision> of(long issueId) {
        AuditReader reader = AuditReaderFactory.get(em);
        TreeMap<Integer, RevisionBuilder> revisions = new TreeMap<>(Comparator.reverseOrder());
        collect(reader, revisions, Issue.class, AuditEntity.id().eq(issueId), "issue", ISSUE_FIELDS);
        collect(reader, revisions, CaStatement.class, AuditEntity.relatedId("issue").eq(issueId), "statement", STATEMENT_FIELDS);
        collect(reader, revisions, IssueReference.class, AuditEntity.relatedId("issue").eq(issueId), "reference", REFERENCE_FIELDS);
        collect(reader, revisions, IssueCredit.class, AuditEntity.relatedId("issue").eq(issueId), "credit", CREDIT_FIELDS);
        collect(reader, revisions, EvidenceLink.class, AuditEntity.relatedId("issue").eq(issueId), "evidence", EVIDENCE_FIELDS);
        return revisions.values().stream().map(RevisionBuilder::build).toList();
    }

    /** The issue's last recorded state, e.g. to restore it after a deletion. */
    public Issue lastState(long issueId) {
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(Issue.class, false, true)
                .add(AuditEntity.id().eq(issueId))
                .add(AuditEntity.revisionType().ne(RevisionType.DEL))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.isEmpty() ? null : (Issue) rows.get(0)[0];
    }

    @SuppressWarnings("unchecked")
    private <T> void collect(AuditReader reader, TreeMap<Integer, RevisionBuilder> revisions, Class<T> type,
            org.hibernate.envers.query.criteria.AuditCriterion criterion, String label, Map<String, Function<T, Object>> fields) {
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, T> previousById = new LinkedHashMap<>();
        for (Object[] row : rows) {
            T entity = (T) row[0];
            CasebookRevision revision = (CasebookRevision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Object id = idOf(entity);
            String name = label.equals("issue") ? "issue" : label + " " + id;
            RevisionBuilder builder = revisions.computeIfAbsent(revision.id, r -> new RevisionBuilder(revision));
            T previous = previousById.get(id);
            if (kind == RevisionType.DEL) {
                builder.changes.add(new Change(name, "deleted", null, true));
                previousById.remove(id);
                continue;
            }
            for (Map.Entry<String, Function<T, Object>> field : fields.entrySet()) {
                Object before = previous == null ? null : safe(field.getValue(), previous);
                Object after = safe(field.getValue(), entity);
                if (!Objects.equals(before, after) && !(previous == null && isEmpty(after))) {
                    builder.changes.add(new Change(name, field.getKey(), before, after));
                }
            }
            if (previous == null && kind == RevisionType.ADD && builder.changes.stream().noneMatch(c -> c.entity().equals(name))) {
                builder.changes.add(new Change(name, "created", null, true));
            }
            previousById.put(id, entity);
        }
    }

    private static <T> Object safe(Function<T, Object> getter, T entity) {
        try {
            return getter.apply(entity);
        } catch (RuntimeException notAudited) {
            return null;
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty() || Boolean.FALSE.equals(value);
    }

    private static Object idOf(Object entity) {
        return ((io.quarkus.hibernate.orm.panache.PanacheEntity) entity).id;
    }

    private static final class RevisionBuilder {
        final CasebookRevision revision;
        final List<Change> changes = new ArrayList<>();

        RevisionBuilder(CasebookRevision revision) {
            this.revision = revision;
        }

        Revision build() {
            return new Revision(revision.id, revision.author, Instant.ofEpochMilli(revision.timestamp), List.copyOf(changes));
        }
    }
}
