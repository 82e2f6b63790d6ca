package org.casebook.ca.rest;

import org.casebook.ca.CaPageUrls;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.service.AuditService;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.crosssign.CrossSign;

/** JSON shapes of the CA endpoints (CONTRACT.md). */
public final class CaJson {

    private CaJson() {
    }

    public record CaSummary(String slug, String name, String country, String website, long issueCount, String url) {
        public static CaSummary of(CertificationAuthority ca, long issueCount) {
            return new CaSummary(ca.slug, ca.name, ca.country, ca.website, issueCount, CaPageUrls.page(ca.slug));
        }
    }

    public record Ownership(long id, String ca, String newOwner, String newOwnerCa, String share, LocalDate effectiveOn,
            LocalDate disclosedOn, String disclosedAs, String description, long version) {
        public static Ownership of(OwnershipEvent e) {
            return new Ownership(e.id, e.ca.slug, e.newOwner, e.newOwnerCa == null ? null : e.newOwnerCa.slug, e.share,
                    e.effectiveOn, e.disclosedOn, e.disclosedAs, e.description, e.version);
        }
    }

    public record CaDetail(String slug, String name, String country, String timeZone, String website, String description,
            long issueCount, List<Ownership> ownership, long version) {
    }

    public record Audit(long id, String auditor, String standard, LocalDate periodStart, LocalDate periodEnd,
            LocalDate statementDate, String opinion, String reported, String url, List<String> disclosedIssues,
            List<String> missedIssues, long version) {
        public static Audit of(AuditService.AuditRow row) {
            AuditStatement a = row.audit();
            return new Audit(a.id, a.auditor, a.standard, a.periodStart, a.periodEnd, a.statementDate, a.opinion.code(),
                    a.reported, a.url, row.disclosed().stream().map(i -> i.issue.letter).toList(),
                    row.missed().stream().map(i -> i.issue.letter).toList(), a.version);
        }
    }

    public record CrossSignJson(long id, String target, String source, String sourceOwner, Instant notAfter,
            LocalDate revokedAt, String revocationSource, String comment, String serial, String certificateSha256, long version) {
        public static CrossSignJson of(CrossSign c) {
            return new CrossSignJson(c.id, c.target, c.source, c.sourceOwner, c.notAfter, c.revokedAt, c.revocationSource,
                    c.comment, c.serialHex, c.certificate == null ? null : c.certificate.sha256, c.version);
        }
    }
}
