package org.casebook.transfer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.CaCertificateRole;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueComment;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.web.ApiException;

/**
 * Writes a CA's whole case file as a {@link CaseFileDocument}. Every list is sorted here, in Java, by what the pages
 * sort by and then by when the record was made (its id), so two installations (H2 or PostgreSQL, whatever their
 * collation and null ordering) write the same case file the same way, and an imported file exports as it was read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseFileExporter {

    public CaseFileDocument export(String slug) {
        CertificationAuthority ca = CertificationAuthority.findBySlug(slug)
                .orElseThrow(() -> ApiException.notFound("no CA '" + slug + "'"));
        Map<String, StoredCertificate> certificates = new TreeMap<>();
        Map<String, CertificationAuthority> related = new TreeMap<>();

        List<CaseFileDocument.Ownership> ownership = sorted(OwnershipEvent.involving(ca),
                Comparator.comparing((OwnershipEvent e) -> e.effectiveOn).thenComparing(e -> e.id)).stream()
                .map(e -> {
                    relate(e.ca, ca, related);
                    relate(e.newOwnerCa, ca, related);
                    return ownership(e);
                }).toList();

        List<CaseFileDocument.Issue> issues = sorted(Issue.listForCa(ca), Comparator.comparing((Issue i) -> i.letter)).stream()
                .map(issue -> issue(issue, certificates)).toList();

        List<CaseFileDocument.Audit> audits = sorted(AuditStatement.forCa(ca),
                nullsLast((AuditStatement a) -> a.periodStart).thenComparing(a -> a.id)).stream().map(CaseFileExporter::audit).toList();

        List<CaseFileDocument.CrossSign> crossSigns = sorted(CrossSign.forCa(ca),
                nullsLast((CrossSign c) -> c.notAfter).thenComparing(c -> c.id)).stream().map(c -> {
                    if (c.certificate != null) {
                        certificates.put(c.certificate.sha256, c.certificate);
                    }
                    return crossSign(c);
                }).toList();

        for (StoredCertificate own : StoredCertificate.<StoredCertificate>list("ca", ca)) {
            certificates.put(own.sha256, own);
        }
        List<CaseFileDocument.Certificate> certificateRecords = certificates.values().stream().map(c -> {
            relate(c.ca, ca, related);
            return certificate(c);
        }).toList();

        return new CaseFileDocument(CaseFileDocument.FORMAT, CaseFileDocument.VERSION,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), ca(ca),
                related.values().stream().map(CaseFileExporter::ca).toList(), ownership, issues, audits, crossSigns, certificateRecords);
    }

    /** The issue with everything attached; its evidence certificates are added to {@code certificates}. */
    CaseFileDocument.Issue issue(Issue issue, Map<String, StoredCertificate> certificates) {
        List<CaseFileDocument.Statement> statements = sorted(CaStatement.timeline(issue),
                nullsLast((CaStatement s) -> s.statedOn).thenComparing(s -> s.id)).stream()
                .map(s -> new CaseFileDocument.Statement(s.statedOn, s.speaker, s.kind.code(), s.text, s.sourceUrl)).toList();
        List<CaseFileDocument.Reference> references = sorted(IssueReference.forIssue(issue),
                nullsLast((IssueReference r) -> r.publishedOn).thenComparing(r -> r.id)).stream()
                .map(r -> new CaseFileDocument.Reference(r.kind.code(), r.title, r.url, r.publishedOn)).toList();
        List<CaseFileDocument.Credit> credits = sorted(IssueCredit.forIssue(issue), Comparator.comparing((IssueCredit c) -> c.id)).stream()
                .map(c -> new CaseFileDocument.Credit(c.person, c.contribution)).toList();
        List<CaseFileDocument.Comment> comments = sorted(IssueComment.forIssue(issue),
                Comparator.comparing((IssueComment c) -> c.postedAt).thenComparing(c -> c.id)).stream()
                .map(c -> new CaseFileDocument.Comment(c.author, c.postedAt.toString(), c.text)).toList();
        List<CaseFileDocument.Evidence> evidence = sorted(EvidenceLink.forIssue(issue),
                Comparator.comparing((EvidenceLink l) -> l.addedAt).thenComparing(l -> l.id)).stream()
                .map(l -> {
                    certificates.put(l.certificate.sha256, l.certificate);
                    return new CaseFileDocument.Evidence(l.certificate.sha256, l.note, l.addedBy, l.addedAt.toString());
                }).toList();
        return new CaseFileDocument.Issue(issue.letter, issue.title, List.copyOf(issue.aliases), issue.status.code(),
                issue.category == null ? null : issue.category.code(), issue.periodStart, issue.periodEnd, issue.affectedCertificates,
                issue.affectedApproximate, issue.coveredInIncidentReport, issue.disclosedInAudit, issue.body, issue.assessment,
                statements, references, credits, comments, evidence);
    }

    static CaseFileDocument.Ca ca(CertificationAuthority ca) {
        return new CaseFileDocument.Ca(ca.slug, ca.name, ca.country, ca.timeZone, ca.website, ca.description);
    }

    static CaseFileDocument.Ownership ownership(OwnershipEvent e) {
        return new CaseFileDocument.Ownership(e.ca.slug, e.effectiveOn.toString(), e.newOwner, e.newOwnerCa == null ? null : e.newOwnerCa.slug,
                e.share, text(e.disclosedOn), e.disclosedAs, e.description);
    }

    static CaseFileDocument.Audit audit(AuditStatement a) {
        List<CaseFileDocument.AuditedIssue> issues = sorted(AuditedIssue.forAudit(a), Comparator.comparing((AuditedIssue i) -> i.issue.letter))
                .stream().map(i -> new CaseFileDocument.AuditedIssue(i.issue.letter, i.disclosed, i.note)).toList();
        return new CaseFileDocument.Audit(a.auditor, a.standard, text(a.periodStart), text(a.periodEnd), text(a.statementDate),
                a.opinion.code(), a.reported, a.url, issues);
    }

    static CaseFileDocument.CrossSign crossSign(CrossSign c) {
        return new CaseFileDocument.CrossSign(c.target, c.source, c.sourceOwner, text(c.notAfter), text(c.revokedAt), c.revocationSource,
                c.comment, c.serialHex, c.certificate == null ? null : c.certificate.sha256);
    }

    static CaseFileDocument.Certificate certificate(StoredCertificate c) {
        return new CaseFileDocument.Certificate(c.sha256, Base64.getEncoder().encodeToString(c.der), c.ca == null ? null : c.ca.slug,
                roleCode(c.caRole), c.storedAt.toString(), c.storedBy);
    }

    /** {@code CROSS_CERTIFICATE} is written {@code cross-certificate}, like the API's other codes. */
    static String roleCode(CaCertificateRole role) {
        return role == null ? null : role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void relate(CertificationAuthority other, CertificationAuthority ca, Map<String, CertificationAuthority> related) {
        if (other != null && !other.slug.equals(ca.slug)) {
            related.put(other.slug, other);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }

    private static <T, K extends Comparable<? super K>> Comparator<T> nullsLast(Function<T, K> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
