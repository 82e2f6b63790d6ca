package org.casebook.issue;

import java.util.Map;
import java.util.function.Function;
import org.casebook.storage.AuditedFields;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.ca.CertificationAuthority;
import org.hibernate.envers.Audited;

/**
 * One issue in a CA's case file. Its letter code sorts it among the CA's issues; codes leave gaps so
 * that later findings can be slotted in without renaming anything (see {@link IssueLetters}).
 */
@Entity
@Table(name = "issue", uniqueConstraints = @UniqueConstraint(name = "uk_issue_ca_letter", columnNames = {"ca_id", "letter"}))
@Audited
public class Issue extends PanacheEntity {

    /** What the case file's history shows of this record and a stale edit's answer compares, in display order. */
    public static final Map<String, Function<Issue, Object>> AUDITED_FIELDS = AuditedFields.of(Issue.class)
            .with("letter", i -> i.letter)
            .with("title", i -> i.title)
            .with("aliases", i -> i.aliases == null ? List.of() : List.copyOf(i.aliases))
            .with("status", i -> AuditedFields.code(i.status))
            .with("category", i -> AuditedFields.code(i.category))
            .with("periodStart", i -> i.periodStart)
            .with("periodEnd", i -> i.periodEnd)
            .with("affectedCertificates", i -> i.affectedCertificates)
            .with("affectedApproximate", i -> i.affectedApproximate)
            .with("body", i -> i.body)
            .with("assessment", i -> i.assessment)
            .with("coveredInIncidentReport", i -> i.coveredInIncidentReport)
            .with("disclosedInAudit", i -> i.disclosedInAudit)
            .with("reportedAt", i -> AuditedFields.text(i.reportedAt))
            .with("discoveredBy", i -> AuditedFields.code(i.discoveredBy))
            .with("nextUpdate", i -> AuditedFields.text(i.nextUpdate))
            .asMap();

    /** Optimistic-locking version: the API's ETag, checked against If-Match and the edit forms' hidden field. */
    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    public CertificationAuthority ca;

    @Column(nullable = false, length = 16)
    public String letter;

    /** Names the issue had before, e.g. "Issue X". */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "issue_alias", joinColumns = @JoinColumn(name = "issue_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 128)
    public List<String> aliases = new ArrayList<>();

    @Column(nullable = false, length = 512)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public IssueStatus status = IssueStatus.SUSPECTED;

    @Enumerated(EnumType.STRING)
    @Column(length = 48)
    public IssueCategory category;

    /** Partial ISO date: {@code 2015}, {@code 2015-03} or {@code 2015-03-05}. */
    @Column(length = 10)
    public String periodStart;

    @Column(length = 10)
    public String periodEnd;

    public Integer affectedCertificates;

    /** The count is an estimate ("probably 67, but may be a few more or less"). */
    @Column(nullable = false)
    public boolean affectedApproximate;

    /** The issue's text, in Markdown. */
    @Column(length = 65535)
    public String body;

    /** The root program's assessment, in Markdown. */
    @Column(length = 65535)
    public String assessment;

    @Column(nullable = false)
    public boolean coveredInIncidentReport;

    @Column(nullable = false)
    public boolean disclosedInAudit;

    /** When the issue was reported to the root program: its report clocks run from here (none while unset). */
    public java.time.Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public DiscoveredBy discoveredBy;

    /** The date the CA (or a manager) set for its next update; replaces the weekly default while set. */
    public java.time.LocalDate nextUpdate;

    /** "1,132", "about 67", or "" when unknown. */
    public String affectedSummary() {
        if (affectedCertificates == null) {
            return "";
        }
        return (affectedApproximate ? "about " : "") + String.format(java.util.Locale.ENGLISH, "%,d", affectedCertificates);
    }

    public static List<Issue> listForCa(CertificationAuthority ca) {
        return list("ca = ?1 order by letter", ca);
    }

    public static Optional<Issue> findByLetter(CertificationAuthority ca, String letter) {
        return find("ca = ?1 and letter = ?2", ca, letter).firstResultOptional();
    }

    public static long countForCa(CertificationAuthority ca) {
        return count("ca", ca);
    }

    /** Takes over another issue's content (not its CA, letter or version): restoring a deleted issue. */
    public void copyContentFrom(Issue old) {
        title = old.title;
        aliases.addAll(old.aliases == null ? List.of() : old.aliases);
        status = old.status;
        category = old.category;
        periodStart = old.periodStart;
        periodEnd = old.periodEnd;
        affectedCertificates = old.affectedCertificates;
        affectedApproximate = old.affectedApproximate;
        body = old.body;
        assessment = old.assessment;
        coveredInIncidentReport = old.coveredInIncidentReport;
        disclosedInAudit = old.disclosedInAudit;
        reportedAt = old.reportedAt;
        discoveredBy = old.discoveredBy;
        nextUpdate = old.nextUpdate;
    }
}
