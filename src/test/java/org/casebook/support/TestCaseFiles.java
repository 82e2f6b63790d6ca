package org.casebook.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebook.audit.AuditOpinion;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.crosssign.CrossSign;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCategory;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.IssueStatus;
import org.casebook.issue.ReferenceKind;
import org.casebook.issue.StatementKind;
import org.casebook.security.AppUser;

/** Builds small case files and users for tests, independent of the seeded WoSign case. */
@ApplicationScoped
public class TestCaseFiles {

    /** A CA with issues D, F and H (H with statements, references, a credit), an audit and a cross-sign. */
    @Transactional
    public CertificationAuthority createCa(String slug, String name) {
        CertificationAuthority ca = new CertificationAuthority();
        ca.slug = slug;
        ca.name = name;
        ca.country = "CN";
        ca.timeZone = "Asia/Shanghai";
        ca.website = "https://example.com/" + slug;
        ca.description = "A test CA.";
        ca.persist();
        Issue d = issue(ca, "D", "Long-lived SHA-1 certificates", IssueStatus.NOT_A_VIOLATION, IssueCategory.NO_VIOLATION, 1132, false);
        d.aliases.add("Issue -2");
        issue(ca, "F", "Certificates identical but for notBefore", IssueStatus.CONFIRMED, IssueCategory.RFC_VIOLATION, 16, false);
        Issue h = issue(ca, "H", "Duplicate serial numbers", IssueStatus.CONFIRMED, IssueCategory.RFC_VIOLATION, 392, false);
        h.aliases.add("Issue X");
        statement(h, "2016-08-25", "A. Speaker (Test CA)", StatementKind.QUOTATION, "We are searching our database.");
        statement(h, "2016-09-04", null, StatementKind.SUMMARY, "The CA published an incident report.");
        IssueReference reference = new IssueReference();
        reference.issue = h;
        reference.kind = ReferenceKind.INCIDENT_REPORT;
        reference.title = "Final incident report";
        reference.url = "https://example.com/report.pdf";
        reference.publishedOn = "2016-09";
        reference.persist();
        IssueCredit credit = new IssueCredit();
        credit.issue = h;
        credit.person = "A. Researcher";
        credit.contribution = "reported the issue";
        credit.persist();
        AuditStatement audit = new AuditStatement();
        audit.ca = ca;
        audit.auditor = "Example Auditors (Hong Kong)";
        audit.standard = "WebTrust Baseline Requirements";
        audit.periodStart = LocalDate.parse("2014-07-01");
        audit.periodEnd = LocalDate.parse("2015-06-30");
        audit.statementDate = LocalDate.parse("2015-09-01");
        audit.opinion = AuditOpinion.QUALIFIED;
        audit.persist();
        AuditedIssue disclosed = new AuditedIssue();
        disclosed.audit = audit;
        disclosed.issue = h;
        disclosed.disclosed = true;
        disclosed.persist();
        CrossSign crossSign = new CrossSign();
        crossSign.ca = ca;
        crossSign.target = "/C=CN/O=Test/CN=Test Root";
        crossSign.source = "/C=IL/O=Other/CN=Other Root";
        crossSign.sourceOwner = "Other";
        crossSign.notAfter = Instant.parse("2019-12-31T23:59:59Z");
        crossSign.persist();
        return ca;
    }

    private static Issue issue(CertificationAuthority ca, String letter, String title, IssueStatus status, IssueCategory category,
            int affected, boolean approximate) {
        Issue issue = new Issue();
        issue.ca = ca;
        issue.letter = letter;
        issue.title = title;
        issue.status = status;
        issue.category = category;
        issue.affectedCertificates = affected;
        issue.affectedApproximate = approximate;
        issue.periodStart = "2015-01";
        issue.periodEnd = "2015-03-05";
        issue.body = "Text of issue " + letter + ".\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        issue.persist();
        return issue;
    }

    private static void statement(Issue issue, String on, String speaker, StatementKind kind, String text) {
        CaStatement s = new CaStatement();
        s.issue = issue;
        s.statedOn = on;
        s.speaker = speaker;
        s.kind = kind;
        s.text = text;
        s.persist();
    }

    /** Stores a certificate as the seed does (no findings), returning its SHA-256. */
    @Transactional
    public String storeCertificate(byte[] der) {
        try {
            org.casebook.analysis.CertificateView view = org.casebook.analysis.CertificateParser.parseDer(der);
            return org.casebook.evidence.StoredCertificate.findBySha256(view.sha256Hex()).map(c -> c.sha256).orElseGet(() -> {
                org.casebook.evidence.StoredCertificate record = org.casebook.evidence.CertificateRecords.fromView(view, "test");
                record.persist();
                return record.sha256;
            });
        } catch (org.casebook.analysis.CertificateParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Creates the user unless it exists; password equals the user name + "-pw". */
    @Transactional
    public void user(String username, String... roles) {
        if (AppUser.findByUsername(username).isEmpty()) {
            AppUser.create(username, username + "-pw", List.of(roles));
        }
    }

    @Transactional
    public void setTitle(String slug, String letter, String title, String body) {
        Issue issue = Issue.findByLetter(CertificationAuthority.findBySlug(slug).orElseThrow(), letter).orElseThrow();
        issue.title = title;
        issue.body = body;
    }

    @Transactional
    public long certificateCount() {
        return org.casebook.evidence.StoredCertificate.count();
    }

    /** SHA-256s of stored certificates whose DER does not parse (as uploads parse it) or does not match its columns: stored garbage. */
    @Transactional
    public List<String> storedGarbage() {
        List<String> garbage = new java.util.ArrayList<>();
        for (org.casebook.evidence.StoredCertificate c : org.casebook.evidence.StoredCertificate.<org.casebook.evidence.StoredCertificate>listAll()) {
            try {
                org.casebook.analysis.CertificateView view = org.casebook.analysis.CertificateParser.parseLenient(c.der);
                if (!view.sha256Hex().equals(c.sha256) || !view.serialHex().equals(c.serialHex) || !view.notBefore().equals(c.notBefore)) {
                    garbage.add(c.sha256);
                }
            } catch (org.casebook.analysis.CertificateParseException e) {
                garbage.add(c.sha256 + " (" + e.getMessage() + ")");
            }
        }
        return garbage;
    }

    /** The CA with this slug: the seeded one when the seed is loaded, otherwise a test case file made by {@link #createCa}. */
    public CertificationAuthority ensureCa(String slug, String name) {
        return existingCa(slug).orElseGet(() -> createCa(slug, name));
    }

    @Transactional
    java.util.Optional<CertificationAuthority> existingCa(String slug) {
        return CertificationAuthority.findBySlug(slug);
    }
}
