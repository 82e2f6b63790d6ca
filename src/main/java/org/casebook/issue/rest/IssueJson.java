package org.casebook.issue.rest;

import org.casebook.issue.IssuePageUrls;
import java.time.Instant;
import java.util.List;
import org.casebook.evidence.EvidenceLink;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.service.IssueService;

/** JSON shapes of the issue endpoints (CONTRACT.md). */
public final class IssueJson {

    private IssueJson() {
    }

    public record IssueSummary(String letter, List<String> aliases, String title, String status, String category,
            String periodStart, String periodEnd, Integer affectedCertificates, boolean affectedApproximate, String url) {
        public static IssueSummary of(Issue i) {
            return new IssueSummary(i.letter, List.copyOf(i.aliases), i.title, i.status.code(),
                    i.category == null ? null : i.category.code(), i.periodStart, i.periodEnd, i.affectedCertificates,
                    i.affectedApproximate, IssuePageUrls.of(i));
        }
    }

    public record Statement(long id, String statedOn, String speaker, String kind, String text, String sourceUrl, long version) {
        public static Statement of(CaStatement s) {
            return new Statement(s.id, s.statedOn, s.speaker, s.kind.code(), s.text, s.sourceUrl, s.version);
        }
    }

    public record Reference(long id, String kind, String title, String url, String publishedOn, long version) {
        public static Reference of(IssueReference r) {
            return new Reference(r.id, r.kind.code(), r.title, r.url, r.publishedOn, r.version);
        }
    }

    public record Credit(long id, String person, String contribution, long version) {
        public static Credit of(IssueCredit c) {
            return new Credit(c.id, c.person, c.contribution, c.version);
        }
    }

    public record Evidence(String sha256, String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
            String note, String addedBy, Instant addedAt, String url, long version) {
        public static Evidence of(EvidenceLink e) {
            return new Evidence(e.certificate.sha256, e.certificate.subject, e.certificate.issuer, e.certificate.serialHex,
                    e.certificate.notBefore, e.certificate.notAfter, e.note, e.addedBy, e.addedAt,
                    "/certificates/" + e.certificate.sha256, e.version);
        }
    }

    public record IssueDetail(String ca, String letter, List<String> aliases, String title, String status, String category,
            String periodStart, String periodEnd, Integer affectedCertificates, boolean affectedApproximate, String body,
            String assessment, boolean coveredInIncidentReport, boolean disclosedInAudit, Instant reportedAt, String discoveredBy,
            java.time.LocalDate nextUpdate, List<Statement> statements,
            List<Reference> references, List<Credit> credits, List<Evidence> evidence, List<String> definingFindings, long version) {
        public static IssueDetail of(Issue i, IssueService.Parts parts, List<EvidenceLink> evidence, List<String> definingFindings) {
            return new IssueDetail(i.ca.slug, i.letter, List.copyOf(i.aliases), i.title, i.status.code(),
                    i.category == null ? null : i.category.code(), i.periodStart, i.periodEnd, i.affectedCertificates,
                    i.affectedApproximate, i.body, i.assessment, i.coveredInIncidentReport, i.disclosedInAudit,
                    i.reportedAt, i.discoveredBy == null ? null : i.discoveredBy.code(), i.nextUpdate,
                    parts.statements().stream().map(Statement::of).toList(),
                    parts.references().stream().map(Reference::of).toList(),
                    parts.credits().stream().map(Credit::of).toList(),
                    evidence.stream().map(Evidence::of).toList(), List.copyOf(definingFindings), i.version);
        }
    }
}
