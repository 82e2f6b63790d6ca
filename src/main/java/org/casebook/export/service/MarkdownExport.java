package org.casebook.export.service;

import org.casebook.issue.IssuePageUrls;
import org.casebook.ca.CaPageUrls;
import org.casebook.export.MarkdownText;

import static org.casebook.export.MarkdownText.cell;
import static org.casebook.export.MarkdownText.inline;
import static org.casebook.export.MarkdownText.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.service.CertificateService;
import org.casebook.claim.ClaimComparison;
import org.casebook.claim.ClaimDifference;
import org.casebook.commitment.service.CommitmentLedger;
import org.casebook.history.service.CaseFileView;
import org.casebook.history.service.LiveCaseFile;
import org.casebook.revocation.RevocationStatus;
import org.casebook.revocation.service.RevocationClocks;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.StatementKind;
import org.casebook.report.service.ChartData;
import org.casebook.web.PartialDates;

/** GitHub-flavoured Markdown of an issue and of a whole CA case page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MarkdownExport {

    @Inject
    RevocationClocks revocationClocks;

    @Inject
    CertificateService certificates;

    @Inject
    ChartData chartData;

    @Inject
    LiveCaseFile live;

    public String issue(Issue issue) {
        return issue(issue, live);
    }

    /** The issue as {@code view} shows it: now, or as known at the end of a day (with a banner saying so). */
    public String issue(Issue issue, CaseFileView view) {
        StringBuilder md = new StringBuilder();
        appendAsOf(md, view);
        appendIssue(md, issue, 1, view);
        return md.toString();
    }

    public String caPage(CertificationAuthority ca) {
        return caPage(ca, live);
    }

    public String caPage(CertificationAuthority ca, CaseFileView view) {
        StringBuilder md = new StringBuilder();
        appendAsOf(md, view);
        md.append("# ").append(inline(ca.name)).append("\n\n");
        md.append("| Field | Value |\n|---|---|\n");
        row(md, "Case", "[" + inline(ca.slug) + "](" + CaPageUrls.page(ca.slug) + ")");
        row(md, "Country", cell(ca.country));
        row(md, "Website", ca.website == null ? "" : link(ca.website, ca.website));
        md.append('\n');
        if (ca.description != null && !ca.description.isBlank()) {
            md.append(MarkdownText.block(ca.description, 1)).append('\n');
        }
        List<Issue> issues = view.issues(ca);
        md.append("## Issues\n\n");
        md.append("| Letter | Also known as | Title | Period | Status | Category | Certificates |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Issue issue : issues) {
            md.append("| [").append(issue.letter).append("](").append(IssuePageUrls.page(ca.slug, issue.letter)).append(") | ")
                    .append(cell(String.join(", ", issue.aliases))).append(" | ")
                    .append(cell(issue.title)).append(" | ")
                    .append(cell(PartialDates.period(issue.periodStart, issue.periodEnd))).append(" | ")
                    .append(cell(issue.status.label())).append(" | ")
                    .append(cell(issue.category == null ? "" : issue.category.label())).append(" | ")
                    .append(cell(issue.affectedSummary())).append(" |\n");
        }
        md.append('\n');
        appendOwnership(md, ca, view);
        appendAudits(md, ca, view);
        appendCrossSigns(md, ca, view);
        for (Issue issue : issues) {
            appendIssue(md, issue, 2, view);
        }
        return md.toString();
    }

    private static void appendAsOf(StringBuilder md, CaseFileView view) {
        if (view.asOf() != null) {
            md.append("> **As known at the end of ").append(view.asOf()).append(" (UTC).** What the program wrote is shown as its")
                    .append(" revision history had it then; statements, references, audit statements and evidence only if")
                    .append(" made, published or filed by then.\n\n");
        }
    }

    private void appendIssue(StringBuilder md, Issue issue, int level, CaseFileView view) {
        String h = "#".repeat(level);
        String sub = "#".repeat(level + 1);
        md.append(h).append(" Issue ").append(issue.letter).append(": ").append(inline(issue.title)).append("\n\n");
        md.append("| Field | Value |\n|---|---|\n");
        row(md, "CA", "[" + inline(issue.ca.name) + "](" + CaPageUrls.page(issue.ca.slug) + ")");
        row(md, "Letter", issue.letter);
        row(md, "Also known as", cell(issue.aliases.stream().map(a -> "“" + a + "”").collect(Collectors.joining(", "))));
        row(md, "Status", cell(issue.status.label()));
        row(md, "Category", cell(issue.category == null ? "" : issue.category.label()));
        row(md, "Period", cell(PartialDates.period(issue.periodStart, issue.periodEnd)));
        row(md, "Affected certificates", cell(issue.affectedSummary()));
        row(md, "Covered in the CA's incident report", issue.coveredInIncidentReport ? "yes" : "no");
        row(md, "Disclosed in an audit", issue.disclosedInAudit ? "yes" : "no");
        md.append('\n');
        if (issue.body != null && !issue.body.isBlank()) {
            md.append(sub).append(" Description\n\n").append(MarkdownText.block(issue.body, level + 1)).append('\n');
        }
        if (issue.assessment != null && !issue.assessment.isBlank()) {
            md.append(sub).append(" Assessment\n\n").append(MarkdownText.block(issue.assessment, level + 1)).append('\n');
        }
        appendClaim(md, sub, view.claim(issue));
        appendRecurrences(md, sub, view.recurrences(issue));
        List<CaStatement> statements = view.statements(issue);
        if (!statements.isEmpty()) {
            md.append(sub).append(" CA statements\n\n");
            for (CaStatement s : statements) {
                md.append("> **").append(inline(PartialDates.display(s.statedOn).isEmpty() ? "Undated" : PartialDates.display(s.statedOn)));
                if (s.speaker != null && !s.speaker.isBlank()) {
                    md.append(" — ").append(inline(s.speaker));
                }
                md.append(s.kind == StatementKind.QUOTATION ? " (quoted)" : " (summary)").append(":**");
                for (String line : s.text.replace("\r\n", "\n").split("\n")) {
                    md.append("\n> ").append(inline(line));
                }
                if (s.sourceUrl != null && MarkdownText.url(s.sourceUrl) != null) {
                    md.append("\n> \n> ").append(link("Source", s.sourceUrl));
                }
                md.append("\n\n");
            }
        }
        List<IssueReference> references = view.references(issue);
        if (!references.isEmpty()) {
            md.append(sub).append(" References\n\n| Date | Kind | Title |\n|---|---|---|\n");
            for (IssueReference r : references) {
                md.append("| ").append(cell(PartialDates.display(r.publishedOn))).append(" | ").append(cell(r.kind.label()))
                        .append(" | ").append(r.url == null ? cell(r.title) : link(r.title, r.url)).append(" |\n");
            }
            md.append('\n');
        }
        List<IssueCredit> credits = view.credits(issue);
        if (!credits.isEmpty()) {
            md.append(sub).append(" Credits\n\n");
            for (IssueCredit c : credits) {
                md.append("- ").append(inline(c.person));
                if (c.contribution != null && !c.contribution.isBlank()) {
                    md.append(": ").append(inline(c.contribution));
                }
                md.append('\n');
            }
            md.append('\n');
        }
        List<EvidenceLink> evidence = view.evidence(issue);
        if (!evidence.isEmpty()) {
            Map<Long, List<StoredFinding>> findings = certificates.evidenceFindings(evidence, issue.ca.slug);
            RevocationClocks.Report revocation = revocationClocks.report(issue);
            Map<Long, RevocationStatus> statuses = new java.util.HashMap<>();
            revocation.rows().forEach(r -> statuses.put(r.certificate().id, r.status()));
            md.append(sub).append(" Evidence certificates\n\n");
            if (revocation.deadline() != null || revocation.promisedBy() != null) {
                md.append("Revocation clock: ").append(revocation.learnedAt() == null ? "" : "the CA learned of it " + utc(revocation.learnedAt()) + "; ")
                        .append(revocation.deadline() == null ? "" : "deadline " + revocation.deadline().allowedText() + ", due "
                                + utc(revocation.deadline().due()) + " (" + revocation.deadline().rule() + "); ")
                        .append(revocation.promisedBy() == null ? "" : "promised by " + utc(revocation.promisedBy()) + "; ")
                        .append(revocation.inTime()).append(" revoked in time, ").append(revocation.late()).append(" late, ")
                        .append(revocation.notRevoked()).append(" not revoked past the deadline, ").append(revocation.unknown()).append(" unknown.\n\n");
                for (org.casebook.evidence.StoredFinding f : revocation.findings()) {
                    md.append("- ").append(findingCode(f.code)).append(": ").append(cell(f.message)).append('\n');
                }
                md.append('\n');
            }
            md.append("| SHA-256 | Subject | Issuer | Serial | notBefore | notAfter | Findings | Revocation | Note |\n");
            md.append("|---|---|---|---|---|---|---|---|---|\n");
            for (EvidenceLink e : evidence) {
                StoredCertificate c = e.certificate;
                md.append("| [").append(c.sha256).append("](https://crt.sh/?sha256=").append(c.sha256).append(") | ")
                        .append(cell(c.subject)).append(" | ").append(cell(c.issuer)).append(" | `").append(c.serialHex).append("` | ")
                        .append(utc(c.notBefore)).append(" | ").append(utc(c.notAfter)).append(" | ")
                        .append(findings.get(e.id).stream().map(f -> findingCode(f.code)).collect(Collectors.joining(", "))).append(" | ")
                        .append(cell(statuses.getOrDefault(c.id, RevocationStatus.UNKNOWN).summary())).append(" | ")
                        .append(cell(e.note)).append(" |\n");
            }
            md.append('\n');
            md.append(sub).append(" The evidence at a glance\n\n");
            ChartMarkdown.append(md, chartData.issueCharts(issue), IssuePageUrls.page(issue.ca.slug, issue.letter), sub + "#");
        }
    }

    private static void appendClaim(StringBuilder md, String sub, ClaimComparison c) {
        if (!c.hasClaim() && c.differences().isEmpty() && c.definingFindings().isEmpty()) {
            return;
        }
        md.append(sub).append(" The CA's claim and the evidence\n\n| | The CA says | On file |\n|---|---|---|\n");
        boolean claimed = c.claim() != null;
        md.append("| Affected certificates | ").append(claimed && c.claim().affectedCount != null ? c.claim().affectedCount.toString() : "")
                .append(" | ").append(c.evidence()).append(" evidence certificates, ").append(c.showingProblem()).append(" showing the problem")
                .append(c.definingFindings().isEmpty() ? "" : " (" + c.definingFindings().stream().map(MarkdownExport::findingCode)
                        .collect(Collectors.joining(", ")) + ")").append(" |\n");
        md.append("| Period | ").append(claimed ? cell(PartialDates.period(c.claim().periodStart, c.claim().periodEnd)) : "")
                .append(" | ").append(c.outsidePeriod()).append(" outside the period the CA gives |\n");
        md.append("| First affected | ").append(claimed ? cell(PartialDates.display(c.claim().firstAffected)) : "")
                .append(" | ").append(utc(c.earliestNotBefore())).append(" |\n");
        md.append("| Last affected | ").append(claimed ? cell(PartialDates.display(c.claim().lastAffected)) : "")
                .append(" | ").append(utc(c.latestNotBefore())).append(" |\n\n");
        for (ClaimDifference d : c.differences()) {
            md.append("- ").append(findingCode(d.code())).append(' ').append(inline(d.message().replace("\r\n", " ").replace('\n', ' '))).append('\n');
        }
        if (!c.differences().isEmpty()) {
            md.append('\n');
        }
    }

    private static void appendRecurrences(StringBuilder md, String sub, CommitmentLedger.IssueRecurrences r) {
        if (r.isEmpty()) {
            return;
        }
        md.append(sub).append(" Recurrence\n\n");
        for (CommitmentLedger.Entry e : r.breaks()) {
            md.append("- A recurrence of [Issue ").append(e.promise().issue().letter).append("](")
                    .append(IssuePageUrls.of(e.promise().issue())).append("), where ")
                    .append(inline(e.promise().speaker() == null ? "the CA" : e.promise().speaker())).append(" promised (")
                    .append(e.promise().madeOn() == null ? "undated" : PartialDates.display(e.promise().madeOn())).append("): “")
                    .append(inline(e.promise().text().replace('\n', ' '))).append("”\n");
        }
        for (CommitmentLedger.Entry e : r.brokenLater()) {
            md.append("- This issue's promise (").append(e.promise().madeOn() == null ? "undated" : PartialDates.display(e.promise().madeOn()))
                    .append(") “").append(inline(e.promise().text().replace('\n', ' '))).append("” was followed by ")
                    .append(e.recurrences().stream().map(i -> "[Issue " + i.letter + "](" + IssuePageUrls.of(i) + ")")
                            .collect(Collectors.joining(", "))).append('\n');
        }
        md.append('\n');
    }

    private void appendOwnership(StringBuilder md, CertificationAuthority ca, CaseFileView view) {
        List<OwnershipEvent> events = view.ownership(ca);
        if (events.isEmpty()) {
            return;
        }
        md.append("## Ownership\n\n| Effective | CA | New owner | Share | Disclosed | Disclosed as |\n|---|---|---|---|---|---|\n");
        for (OwnershipEvent e : events) {
            md.append("| ").append(day(e.effectiveOn)).append(" | ").append(cell(e.ca.name)).append(" | ").append(cell(e.newOwner))
                    .append(" | ").append(cell(e.share)).append(" | ").append(e.disclosedOn == null ? "not disclosed" : day(e.disclosedOn))
                    .append(" | ").append(cell(e.disclosedAs)).append(" |\n");
        }
        md.append('\n');
    }

    private void appendAudits(StringBuilder md, CertificationAuthority ca, CaseFileView view) {
        List<AuditStatement> audits = view.audits(ca);
        if (audits.isEmpty()) {
            return;
        }
        md.append("## Audits\n\n| Auditor | Criteria | Period | Statement date | Opinion | Disclosed issues | Missed issues |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (AuditStatement a : audits) {
            List<AuditedIssue> audited = view.audited(a);
            md.append("| ").append(a.url == null ? cell(a.auditor) : link(a.auditor, a.url)).append(" | ").append(cell(a.standard))
                    .append(" | ").append(day(a.periodStart)).append(" – ").append(day(a.periodEnd)).append(" | ")
                    .append(day(a.statementDate)).append(" | ").append(a.opinion.code()).append(" | ")
                    .append(audited.stream().filter(i -> i.disclosed).map(i -> i.issue.letter).collect(Collectors.joining(", "))).append(" | ")
                    .append(audited.stream().filter(i -> !i.disclosed).map(i -> i.issue.letter).collect(Collectors.joining(", "))).append(" |\n");
        }
        md.append('\n');
    }

    private void appendCrossSigns(StringBuilder md, CertificationAuthority ca, CaseFileView view) {
        List<CrossSign> crossSigns = view.crossSigns(ca);
        if (crossSigns.isEmpty()) {
            return;
        }
        md.append("## Cross-signs\n\n| Target | Source | Source owner | Expiry | Revoked | Comment |\n|---|---|---|---|---|---|\n");
        for (CrossSign c : crossSigns) {
            md.append("| ").append(cell(c.target)).append(" | ").append(cell(c.source)).append(" | ").append(cell(c.sourceOwner))
                    .append(" | ").append(utc(c.notAfter)).append(" | ")
                    .append(c.revokedAt == null ? "" : day(c.revokedAt) + (c.revocationSource == null ? "" : " (" + inline(c.revocationSource) + ")"))
                    .append(" | ").append(cell(c.comment)).append(" |\n");
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String field, String value) {
        md.append("| ").append(field).append(" | ").append(value == null ? "" : value).append(" |\n");
    }

    private static String utc(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Finding codes are our own identifiers; a code span keeps them greppable in the export. */
    private static String findingCode(String code) {
        return code.matches("[A-Za-z0-9_ ]+") ? "`" + code + "`" : cell(code);
    }
}
