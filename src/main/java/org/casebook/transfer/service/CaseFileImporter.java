package org.casebook.transfer.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.casebook.analysis.CertificateView;
import org.casebook.audit.AuditOpinion;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.CertificateService;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCategory;
import org.casebook.issue.IssueComment;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.IssueStatus;
import org.casebook.issue.ReferenceKind;
import org.casebook.issue.StatementKind;
import org.casebook.transfer.service.ImportReport.Verdict;
import org.casebook.web.ApiException;
import org.jboss.logging.Logger;

/**
 * Reads a case file into this installation: everything is checked first ({@link CaseFileReader}), the certificates the
 * installation lacks are linted, then all is written in one transaction, so a refused or failed import leaves nothing
 * behind. Records are matched by what identifies them anywhere: CAs by slug, issues by letter, certificates by SHA-256,
 * ownership events by CA, date and new owner, audits by auditor, standard and dates, cross-signs by names, expiry and
 * serial. A record missing here is created; one here already is left as it is (counted unchanged when it equals the
 * document's, differing otherwise), so importing the same document twice changes nothing and local edits are never
 * overwritten. Certificates take the upload path: parsed, linted, stored with their corpus findings.
 */
@ApplicationScoped
public class CaseFileImporter {

    private static final Logger LOG = Logger.getLogger(CaseFileImporter.class);

    /** An import of a large case file lints and writes thousands of rows; the request timeout is not meant for it. */
    static final int TRANSACTION_TIMEOUT_SECONDS = 600;

    @Inject
    CaseFileReader reader;

    @Inject
    CertificateLints lints;

    @Inject
    CertificateService certificates;

    @Inject
    CaseFileExporter exporter;

    public ImportReport importCaseFile(JsonNode body, String user) {
        CaseFileReader.Checked checked = reader.read(body);
        Set<String> onFile = certificates.onFile(List.copyOf(checked.certificates().keySet()));
        List<CertificateView> arriving = checked.certificates().values().stream().filter(v -> !onFile.contains(v.sha256Hex())).toList();
        List<List<StoredFinding>> findings = lints.findingsOfEach(arriving);
        for (int i = 0; i < arriving.size(); i++) {
            if (findings.get(i) == null) {
                throw CaseFileReader.invalid("certificates: certificate " + arriving.get(i).sha256Hex() + " could not be linted");
            }
        }
        try {
            return QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS)
                    .call(() -> new Writing(checked.document(), user).write(arriving, findings));
        } catch (RuntimeException e) {
            if (e instanceof ApiException) {
                throw e;
            }
            // The document was sound; the database refused the writes (another import or edit of the same records at the
            // same moment): the transaction rolled back, so nothing is half imported, and sending it again is safe.
            LOG.warnf(e, "importing case file '%s' failed; nothing was imported", checked.document().ca().slug());
            throw new ApiException(409, "import failed", "nothing was imported: the database refused the writes ("
                    + rootMessage(e) + "); another change to the same records may have been saved at the same moment: send the document again");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    /** One import's writes, in the order that references need: CAs, certificates, ownership, issues, audits, cross-signs. */
    private final class Writing {
        private final CaseFileDocument document;
        private final String user;
        private final ImportReport.Tally tally = new ImportReport.Tally();
        private final Map<String, CertificationAuthority> cas = new HashMap<>();
        private final Map<String, StoredCertificate> certificateBySha256 = new HashMap<>();
        private CertificationAuthority ca;

        Writing(CaseFileDocument document, String user) {
            this.document = document;
            this.user = user;
        }

        ImportReport write(List<CertificateView> arriving, List<List<StoredFinding>> findings) {
            ca = ca(document.ca());
            document.relatedCas().forEach(this::ca);
            certificates(arriving, findings);
            ownership();
            document.issues().forEach(this::issue);
            audits();
            crossSigns();
            return tally.report(document.ca().slug());
        }

        private CertificationAuthority ca(CaseFileDocument.Ca record) {
            CertificationAuthority existing = CertificationAuthority.findBySlug(record.slug()).orElse(null);
            if (existing != null) {
                judge("cas", record.slug(), CaseFileExporter.ca(existing).equals(record), 1);
                cas.put(record.slug(), existing);
                return existing;
            }
            CertificationAuthority created = new CertificationAuthority();
            created.slug = record.slug();
            created.name = record.name();
            created.country = record.country();
            created.timeZone = record.timeZone();
            created.website = record.website();
            created.description = record.description();
            created.persist();
            tally.add("cas", Verdict.CREATED, 1);
            cas.put(record.slug(), created);
            return created;
        }

        private void certificates(List<CertificateView> arriving, List<List<StoredFinding>> findings) {
            Map<String, CaseFileDocument.Certificate> records = new LinkedHashMap<>();
            document.certificates().forEach(c -> records.put(c.sha256(), c));
            List<String> sha256s = List.copyOf(records.keySet());
            for (int from = 0; from < sha256s.size(); from += 1000) {
                StoredCertificate.<StoredCertificate>list("sha256 in ?1", sha256s.subList(from, Math.min(sha256s.size(), from + 1000)))
                        .forEach(c -> certificateBySha256.put(c.sha256, c));
            }
            for (StoredCertificate existing : certificateBySha256.values()) {
                CaseFileDocument.Certificate record = records.get(existing.sha256);
                boolean same = java.util.Objects.equals(existing.ca == null ? null : existing.ca.slug, record.ca())
                        && java.util.Objects.equals(CaseFileExporter.roleCode(existing.caRole), record.caRole());
                judge("certificates", existing.sha256, same, 1);
            }
            // Another request may have stored one of them since they were linted: storing skips what is on file.
            List<CertificateService.Filed> filed = certificates.storeInCurrentTransaction(arriving, findings, user, certificate -> {
                CaseFileDocument.Certificate record = records.get(certificate.sha256);
                certificate.ca = record.ca() == null ? null : cas.get(record.ca());
                certificate.caRole = record.caRole() == null ? null : CaseFileReader.role(record.caRole());
                certificate.storedAt = Instant.parse(record.storedAt());
                certificate.storedBy = record.storedBy();
            });
            for (CertificateService.Filed one : filed) {
                if (!certificateBySha256.containsKey(one.certificate().sha256)) {
                    tally.add("certificates", one.alreadyOnFile() ? Verdict.UNCHANGED : Verdict.CREATED, 1);
                    certificateBySha256.put(one.certificate().sha256, one.certificate());
                }
            }
        }

        private void ownership() {
            Map<String, Deque<OwnershipEvent>> here = pool(OwnershipEvent.involving(ca),
                    e -> key(e.ca.slug, e.effectiveOn, e.newOwner));
            for (CaseFileDocument.Ownership record : document.ownership()) {
                String key = key(record.ca(), record.effectiveOn(), record.newOwner());
                OwnershipEvent existing = take(here, key);
                if (existing != null) {
                    judge("ownership", key, CaseFileExporter.ownership(existing).equals(record), 1);
                    continue;
                }
                OwnershipEvent event = new OwnershipEvent();
                event.ca = cas.get(record.ca());
                event.newOwnerCa = record.newOwnerCa() == null ? null : cas.get(record.newOwnerCa());
                event.effectiveOn = LocalDate.parse(record.effectiveOn());
                event.newOwner = record.newOwner();
                event.share = record.share();
                event.disclosedOn = date(record.disclosedOn());
                event.disclosedAs = record.disclosedAs();
                event.description = record.description();
                event.persist();
                tally.add("ownership", Verdict.CREATED, 1);
            }
        }

        private void issue(CaseFileDocument.Issue record) {
            Issue existing = Issue.findByLetter(ca, record.letter()).orElse(null);
            if (existing != null) {
                boolean same = exporter.issue(existing, new HashMap<>()).equals(record);
                judge("issues", ca.slug + "/" + record.letter(), same, 1);
                Verdict parts = same ? Verdict.UNCHANGED : Verdict.DIFFERING;
                tallyParts(record, parts);
                return;
            }
            Issue issue = new Issue();
            issue.ca = ca;
            issue.letter = record.letter();
            issue.aliases = new ArrayList<>(record.aliases());
            issue.title = record.title();
            issue.status = IssueStatus.fromCode(record.status());
            issue.category = record.category() == null ? null : IssueCategory.fromCode(record.category());
            issue.periodStart = record.periodStart();
            issue.periodEnd = record.periodEnd();
            issue.affectedCertificates = record.affectedCertificates();
            issue.affectedApproximate = record.affectedApproximate();
            issue.coveredInIncidentReport = record.coveredInIncidentReport();
            issue.disclosedInAudit = record.disclosedInAudit();
            issue.body = record.body();
            issue.assessment = record.assessment();
            issue.persist();
            for (CaseFileDocument.Statement s : record.statements()) {
                CaStatement statement = new CaStatement();
                statement.issue = issue;
                statement.statedOn = s.statedOn();
                statement.speaker = s.speaker();
                statement.kind = StatementKind.fromCode(s.kind());
                statement.text = s.text();
                statement.sourceUrl = s.sourceUrl();
                statement.persist();
            }
            for (CaseFileDocument.Reference r : record.references()) {
                IssueReference reference = new IssueReference();
                reference.issue = issue;
                reference.kind = ReferenceKind.fromCode(r.kind());
                reference.title = r.title();
                reference.url = r.url();
                reference.publishedOn = r.publishedOn();
                reference.persist();
            }
            for (CaseFileDocument.Credit c : record.credits()) {
                IssueCredit credit = new IssueCredit();
                credit.issue = issue;
                credit.person = c.person();
                credit.contribution = c.contribution();
                credit.persist();
            }
            for (CaseFileDocument.Comment c : record.comments()) {
                IssueComment comment = new IssueComment();
                comment.issue = issue;
                comment.author = c.author();
                comment.postedAt = Instant.parse(c.postedAt());
                comment.text = c.text();
                comment.persist();
            }
            for (CaseFileDocument.Evidence e : record.evidence()) {
                EvidenceLink link = new EvidenceLink();
                link.issue = issue;
                link.certificate = certificateBySha256.get(e.sha256());
                link.note = e.note();
                link.addedBy = e.addedBy();
                link.addedAt = Instant.parse(e.addedAt());
                link.persist();
            }
            tally.add("issues", Verdict.CREATED, 1);
            tallyParts(record, Verdict.CREATED);
        }

        private void tallyParts(CaseFileDocument.Issue record, Verdict verdict) {
            tally.add("statements", verdict, record.statements().size());
            tally.add("references", verdict, record.references().size());
            tally.add("credits", verdict, record.credits().size());
            tally.add("comments", verdict, record.comments().size());
            tally.add("evidence", verdict, record.evidence().size());
        }

        private void audits() {
            Map<String, Deque<AuditStatement>> here = pool(AuditStatement.forCa(ca), a -> key(a.auditor, a.standard, a.periodStart, a.periodEnd,
                    a.statementDate));
            for (CaseFileDocument.Audit record : document.audits()) {
                String key = key(record.auditor(), record.standard(), record.periodStart(), record.periodEnd(), record.statementDate());
                AuditStatement existing = take(here, key);
                if (existing != null) {
                    boolean same = CaseFileExporter.audit(existing).equals(record);
                    judge("audits", key, same, 1);
                    tally.add("auditedIssues", same ? Verdict.UNCHANGED : Verdict.DIFFERING, record.issues().size());
                    continue;
                }
                AuditStatement audit = new AuditStatement();
                audit.ca = ca;
                audit.auditor = record.auditor();
                audit.standard = record.standard();
                audit.periodStart = date(record.periodStart());
                audit.periodEnd = date(record.periodEnd());
                audit.statementDate = date(record.statementDate());
                audit.opinion = AuditOpinion.fromCode(record.opinion());
                audit.reported = record.reported();
                audit.url = record.url();
                audit.persist();
                for (CaseFileDocument.AuditedIssue i : record.issues()) {
                    AuditedIssue audited = new AuditedIssue();
                    audited.audit = audit;
                    audited.issue = Issue.findByLetter(ca, i.letter()).orElseThrow();
                    audited.disclosed = i.disclosed();
                    audited.note = i.note();
                    audited.persist();
                }
                tally.add("audits", Verdict.CREATED, 1);
                tally.add("auditedIssues", Verdict.CREATED, record.issues().size());
            }
        }

        private void crossSigns() {
            Map<String, Deque<CrossSign>> here = pool(CrossSign.forCa(ca), c -> key(c.target, c.source, c.notAfter, c.serialHex));
            for (CaseFileDocument.CrossSign record : document.crossSigns()) {
                String key = key(record.target(), record.source(), record.notAfter(), record.serialHex());
                CrossSign existing = take(here, key);
                if (existing != null) {
                    judge("crossSigns", key, CaseFileExporter.crossSign(existing).equals(record), 1);
                    continue;
                }
                CrossSign crossSign = new CrossSign();
                crossSign.ca = ca;
                crossSign.target = record.target();
                crossSign.source = record.source();
                crossSign.sourceOwner = record.sourceOwner();
                crossSign.notAfter = record.notAfter() == null ? null : Instant.parse(record.notAfter());
                crossSign.revokedAt = date(record.revokedAt());
                crossSign.revocationSource = record.revocationSource();
                crossSign.comment = record.comment();
                crossSign.serialHex = record.serialHex();
                crossSign.certificate = record.certificate() == null ? null : certificateBySha256.get(record.certificate());
                crossSign.persist();
                tally.add("crossSigns", Verdict.CREATED, 1);
            }
        }

        private void judge(String kind, String key, boolean same, int howMany) {
            tally.add(kind, same ? Verdict.UNCHANGED : Verdict.DIFFERING, howMany);
            if (!same) {
                tally.differs(kind, key);
            }
        }
    }

    /** Records here by their matching key; each document record takes at most one. */
    private static <T> Map<String, Deque<T>> pool(List<T> records, Function<T, String> key) {
        Map<String, Deque<T>> pool = new HashMap<>();
        for (T record : records) {
            pool.computeIfAbsent(key.apply(record), k -> new ArrayDeque<>()).add(record);
        }
        return pool;
    }

    private static <T> T take(Map<String, Deque<T>> pool, String key) {
        Deque<T> matching = pool.get(key);
        return matching == null ? null : matching.poll();
    }

    /** "Ernst & Young | WebTrust | 2015-01-01 | ...": the values that identify a record, as the document writes them. */
    private static String key(Object... values) {
        StringBuilder key = new StringBuilder();
        for (Object value : values) {
            if (!key.isEmpty()) {
                key.append(" | ");
            }
            key.append(value == null ? "-" : value.toString());
        }
        return key.toString();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
