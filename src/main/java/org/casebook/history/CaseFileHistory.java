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
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.ccadb.CcadbCertificate;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.EvidenceLink;
import org.casebook.issue.IssueComment;
import org.casebook.incident.IncidentQuestion;
import org.casebook.incident.IncidentReport;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.storage.ChangesSince;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * The case file's history, read from Envers: an issue's revisions, newest first, each with a field-by-field
 * diff of the issue's own fields and its statements, references, credits, evidence and audit links; a CA's
 * revisions; deleted issues and what was deleted with them; what changed since a stale edit's version.
 * Each entity lists its own audited fields ({@code AUDITED_FIELDS}). Deleted issues stay
 * readable and restorable because Envers keeps their last state.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseFileHistory implements ChangesSince {

    /** One field that changed in one revision; {@code entity} names what changed ("issue", "statement 12"). */
    public record Change(String entity, String field, Object from, Object to) {
    }

    public record Revision(int revision, String author, Instant at, List<Change> changes) {
    }

    private static final Map<String, Function<Issue, Object>> ISSUE_SUMMARY_FIELDS = new LinkedHashMap<>();

    static {
        ISSUE_SUMMARY_FIELDS.put("letter", i -> i.letter);
        ISSUE_SUMMARY_FIELDS.put("title", i -> i.title);
    }

    private static final Map<Class<?>, Map<String, ?>> FIELDS_BY_TYPE = Map.ofEntries(
            Map.entry(Issue.class, Issue.AUDITED_FIELDS), Map.entry(CaStatement.class, CaStatement.AUDITED_FIELDS),
            Map.entry(IssueReference.class, IssueReference.AUDITED_FIELDS), Map.entry(IssueCredit.class, IssueCredit.AUDITED_FIELDS),
            Map.entry(EvidenceLink.class, EvidenceLink.AUDITED_FIELDS), Map.entry(AuditedIssue.class, AuditedIssue.AUDITED_FIELDS),
            Map.entry(CertificationAuthority.class, CertificationAuthority.AUDITED_FIELDS),
            Map.entry(OwnershipEvent.class, OwnershipEvent.AUDITED_FIELDS), Map.entry(AuditStatement.class, AuditStatement.AUDITED_FIELDS),
            Map.entry(CrossSign.class, CrossSign.AUDITED_FIELDS), Map.entry(IncidentReport.class, IncidentReport.AUDITED_FIELDS),
            Map.entry(IncidentQuestion.class, IncidentQuestion.AUDITED_FIELDS));

    @Inject
    EntityManager em;

    public List<Revision> of(Issue issue) {
        return of(issue.id);
    }

    /** Works for deleted issues too: Envers keeps their last state. */
    public List<Revision> of(long issueId) {
        TreeMap<Integer, RevisionBuilder> revisions = new TreeMap<>(Comparator.reverseOrder());
        collectIssue(AuditReaderFactory.get(em), revisions, issueId);
        return revisions.values().stream().map(RevisionBuilder::build).toList();
    }

    /**
     * The history of a letter of a CA: the issue that has it now and every earlier, deleted incarnation
     * of it (a restored issue is a new row under the same letter; letters are never given to another issue).
     */
    @SuppressWarnings("unchecked")
    public List<Revision> of(CertificationAuthority ca, String letter) {
        List<Number> ids = em.createNativeQuery("select distinct id from issue_AUD where ca_id = ?1 and letter = ?2")
                .setParameter(1, ca.id).setParameter(2, letter).getResultList();
        AuditReader reader = AuditReaderFactory.get(em);
        TreeMap<Integer, RevisionBuilder> revisions = new TreeMap<>(Comparator.reverseOrder());
        for (Number id : ids) {
            collectIssue(reader, revisions, id.longValue());
        }
        return revisions.values().stream().map(RevisionBuilder::build).toList();
    }

    private void collectIssue(AuditReader reader, TreeMap<Integer, RevisionBuilder> revisions, long issueId) {
        collect(reader, revisions, Issue.class, AuditEntity.id().eq(issueId), "issue", Issue.AUDITED_FIELDS);
        collect(reader, revisions, CaStatement.class, AuditEntity.relatedId("issue").eq(issueId), "statement", CaStatement.AUDITED_FIELDS);
        collect(reader, revisions, IssueReference.class, AuditEntity.relatedId("issue").eq(issueId), "reference", IssueReference.AUDITED_FIELDS);
        collect(reader, revisions, IssueCredit.class, AuditEntity.relatedId("issue").eq(issueId), "credit", IssueCredit.AUDITED_FIELDS);
        collect(reader, revisions, EvidenceLink.class, AuditEntity.relatedId("issue").eq(issueId), "evidence", EvidenceLink.AUDITED_FIELDS);
        collect(reader, revisions, AuditedIssue.class, AuditEntity.relatedId("issue").eq(issueId), "audit link", AuditedIssue.AUDITED_FIELDS);
        collect(reader, revisions, IncidentReport.class, AuditEntity.relatedId("issue").eq(issueId), "incident report", IncidentReport.AUDITED_FIELDS);
        collect(reader, revisions, IncidentQuestion.class, AuditEntity.relatedId("issue").eq(issueId), "question", IncidentQuestion.AUDITED_FIELDS);
    }

    /** A CA's own changes: its fields, ownership events, audits, cross-signs, CCADB certificate records, and issues created or deleted. */
    public List<Revision> ofCa(CertificationAuthority ca) {
        AuditReader reader = AuditReaderFactory.get(em);
        TreeMap<Integer, RevisionBuilder> revisions = new TreeMap<>(Comparator.reverseOrder());
        collect(reader, revisions, CertificationAuthority.class, AuditEntity.id().eq(ca.id), "CA", CertificationAuthority.AUDITED_FIELDS);
        collect(reader, revisions, OwnershipEvent.class, AuditEntity.relatedId("ca").eq(ca.id), "ownership event", OwnershipEvent.AUDITED_FIELDS);
        collect(reader, revisions, AuditStatement.class, AuditEntity.relatedId("ca").eq(ca.id), "audit", AuditStatement.AUDITED_FIELDS);
        collect(reader, revisions, CrossSign.class, AuditEntity.relatedId("ca").eq(ca.id), "cross-sign", CrossSign.AUDITED_FIELDS);
        collect(reader, revisions, CcadbCertificate.class, AuditEntity.relatedId("ca").eq(ca.id), "CCADB certificate", CcadbCertificate.AUDITED_FIELDS);
        collect(reader, revisions, Issue.class, AuditEntity.relatedId("ca").eq(ca.id), "issue", ISSUE_SUMMARY_FIELDS);
        return revisions.values().stream().map(RevisionBuilder::build).toList();
    }

    /** An issue as it was deleted: its letter, title, and the revision that deleted it. */
    public record DeletedIssue(long id, String letter, String title, int revision, String deletedBy, Instant deletedAt) {
    }

    public record EvidenceState(long certificateId, String note, String addedBy, Instant addedAt) {
    }

    public record AuditLinkState(long auditId, boolean disclosed, String note) {
    }

    /** What one deletion removed: the issue's last state and everything deleted with it. */
    public record Snapshot(Issue issue, List<CaStatement> statements, List<IssueReference> references, List<IssueCredit> credits,
            List<EvidenceState> evidence, List<AuditLinkState> audits, List<IssueComment> comments, List<IncidentReport> reports,
            List<IncidentQuestion> questions) {
    }

    /** Deleted issues of a CA, newest deletion first, one per letter. */
    @SuppressWarnings("unchecked")
    public List<DeletedIssue> deletedIssues(CertificationAuthority ca) {
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(Issue.class, false, true)
                .add(AuditEntity.relatedId("ca").eq(ca.id))
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        Map<String, DeletedIssue> byLetter = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Issue issue = (Issue) row[0];
            CasebookRevision revision = (CasebookRevision) row[1];
            Issue last = issue.letter == null ? lastState(issue.id) : issue;
            if (last == null) {
                continue;
            }
            byLetter.putIfAbsent(last.letter, new DeletedIssue(issue.id, last.letter, last.title, revision.id, revision.author,
                    Instant.ofEpochMilli(revision.timestamp)));
        }
        return List.copyOf(byLetter.values());
    }

    @SuppressWarnings("unchecked")
    public Snapshot snapshotBeforeDeletion(DeletedIssue deleted) {
        AuditReader reader = AuditReaderFactory.get(em);
        Issue issue = lastState(deleted.id());
        if (issue == null) {
            throw new IllegalStateException("no recorded state of issue " + deleted.id());
        }
        issue.aliases = issue.aliases == null ? new ArrayList<>() : new ArrayList<>(issue.aliases);
        return new Snapshot(issue,
                deletedWith(reader, CaStatement.class, deleted),
                deletedWith(reader, IssueReference.class, deleted),
                deletedWith(reader, IssueCredit.class, deleted),
                deletedWith(reader, EvidenceLink.class, deleted).stream()
                        .map(e -> new EvidenceState(e.certificate.id, e.note, e.addedBy, e.addedAt)).toList(),
                deletedWith(reader, AuditedIssue.class, deleted).stream()
                        .map(a -> new AuditLinkState(a.audit.id, a.disclosed, a.note)).toList(),
                deletedWith(reader, IssueComment.class, deleted),
                deletedWith(reader, IncidentReport.class, deleted),
                deletedWith(reader, IncidentQuestion.class, deleted));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> deletedWith(AuditReader reader, Class<T> type, DeletedIssue deleted) {
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.revisionNumber().eq(deleted.revision()))
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .add(AuditEntity.relatedId("issue").eq(deleted.id()))
                .addOrder(AuditEntity.id().asc())
                .getResultList();
        return rows.stream().map(row -> (T) row[0]).toList();
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
            Object table = fields;
            String name = table == Issue.AUDITED_FIELDS || table == CertificationAuthority.AUDITED_FIELDS ? label
                    : table == ISSUE_SUMMARY_FIELDS ? label + " " + ((Issue) entity).letter : label + " " + id;
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

    /**
     * What changed in a record since it was at {@code version}, for a stale edit's answer:
     * {@code "title: 'Old' → 'New'; assessment: ... (by manager2)"}; empty when that version is not on record.
     */
    @SuppressWarnings("unchecked")
    @Override
    public <T> String changedSince(Class<T> type, long id, long version, T current) {
        Map<String, Function<T, Object>> fields = (Map<String, Function<T, Object>>) (Map<String, ?>) FIELDS_BY_TYPE.get(type);
        if (fields == null) {
            return "";
        }
        AuditReader reader = AuditReaderFactory.get(em);
        // Rows written before versions were recorded have none: they are version 0.
        var atVersion = version == 0
                ? AuditEntity.or(AuditEntity.property("version").eq(0L), AuditEntity.property("version").isNull())
                : AuditEntity.property("version").eq(version);
        Number revision = (Number) reader.createQuery().forRevisionsOfEntity(type, true, true)
                .addProjection(AuditEntity.revisionNumber().max())
                .add(AuditEntity.id().eq(id)).add(atVersion)
                .getSingleResult();
        if (revision == null) {
            return "";
        }
        T then = reader.find(type, id, revision);
        if (then == null) {
            return "";
        }
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, Function<T, Object>> field : fields.entrySet()) {
            Object before = safe(field.getValue(), then);
            Object after = safe(field.getValue(), current);
            if (!Objects.equals(before, after)) {
                changes.add(field.getKey() + ": " + shown(before) + " → " + shown(after));
            }
        }
        List<Object[]> later = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id)).add(AuditEntity.revisionNumber().gt(revision.intValue()))
                .getResultList();
        List<String> authors = later.stream().map(row -> ((CasebookRevision) row[1]).author).filter(Objects::nonNull).distinct().toList();
        return String.join("; ", changes) + (authors.isEmpty() ? "" : " (by " + String.join(", ", authors) + ")");
    }

    private static String shown(Object value) {
        if (value == null) {
            return "(none)";
        }
        String text = value.toString().replaceAll("\\s+", " ");
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
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
