package org.casebook.issue.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.casebook.history.service.CaseFileView;
import org.casebook.history.service.CaseFileViews;
import org.casebook.web.AsOfDates;
import java.util.Map;
import org.casebook.audit.AuditedIssue;
import org.casebook.audit.service.AuditService;
import org.casebook.ca.CertificationAuthority;
import org.casebook.chart.Chart;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.service.CertificateService;
import org.casebook.evidence.service.EvidenceLinks;
import org.casebook.export.service.MarkdownExport;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.claim.ClaimComparison;
import org.casebook.claim.service.IssueClaims;
import org.casebook.commitment.service.CommitmentLedger;
import org.casebook.issue.IssueComment;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.service.IssueService;
import org.casebook.report.service.ChartData;
import org.casebook.revocation.RevocationReason;
import org.casebook.revocation.RevocationStatus;
import org.casebook.revocation.service.RevocationClocks;
import org.casebook.security.Viewer;
import org.casebook.web.HeavyWork;
import org.casebook.web.MarkdownResponses;

/** The issue page people read, and its Markdown export. */
@Path("/")
public class IssuePages {

    @Inject
    IssueService issues;

    @Inject
    EvidenceLinks evidenceLinks;

    @Inject
    AuditService audits;

    @Inject
    MarkdownExport markdown;

    @Inject
    SecurityIdentity identity;

    @Inject
    CertificateService certificates;

    @Inject
    ChartData chartData;

    @Inject
    IssueClaims claims;

    @Inject
    CaseFileViews views;

    @Inject
    CommitmentLedger ledger;

    @Inject
    RevocationClocks revocationClocks;

    /**
     * One page of an issue's evidence ({@value #EVIDENCE_PAGE_SIZE} links; pages count from 1) with the stored findings
     * counted over all of its certificates.
     */
    public record EvidencePage(List<EvidenceLink> links, int page, long total, List<EvidenceLink.FindingCount> findingCounts) {
        public boolean isEmpty() {
            return total == 0;
        }

        public long first() {
            return (long) (page - 1) * EVIDENCE_PAGE_SIZE + 1;
        }

        public long last() {
            return first() + links.size() - 1;
        }

        public int pages() {
            return pageCount(total);
        }

        static int pageCount(long total) {
            return (int) Math.max(1, (total + EVIDENCE_PAGE_SIZE - 1) / EVIDENCE_PAGE_SIZE);
        }

        public boolean paged() {
            return total > EVIDENCE_PAGE_SIZE;
        }
    }

    /** Evidence links per issue page: every certificate on it is shown with its findings and corpus checks, computed per request. */
    static final int EVIDENCE_PAGE_SIZE = 100;

    /** The issue before and after this one, for navigation; either may be null. */
    public record Neighbours(Issue previous, Issue next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance issuePage(Viewer viewer, CertificationAuthority ca, Issue issue, Neighbours neighbours,
                List<CaStatement> statements, List<IssueReference> references, List<IssueCredit> credits,
                EvidencePage evidence, List<AuditedIssue> audits, Map<Long, List<StoredFinding>> findings,
                List<IssueComment> comments, List<Chart> charts, ClaimComparison claim, CommitmentLedger.IssueRecurrences recurrences,
                String asOf, RevocationClocks.Report revocation, Map<Long, RevocationStatus> revocationByCertificate,
                List<RevocationReason> revocationReasons);
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/issues/{letter: [A-Z]+}")
    @Produces(MediaType.TEXT_HTML)
    @HeavyWork
    public TemplateInstance issuePage(@PathParam("ca") String slug, @PathParam("letter") String letter,
            @QueryParam("evidence-page") @DefaultValue("1") String evidencePage, @QueryParam("asOf") String asOf) {
        LocalDate day = AsOfDates.parse(asOf);
        if (day != null) {
            return asOfPage(slug, letter, views.asOf(day), evidencePage);
        }
        Issue issue = issues.issue(slug, letter);
        List<Issue> all = issues.listForCa(issue.ca);
        int index = all.indexOf(issue);
        Neighbours neighbours = new Neighbours(index > 0 ? all.get(index - 1) : null,
                index >= 0 && index + 1 < all.size() ? all.get(index + 1) : null);
        long total = evidenceLinks.countForIssue(issue);
        int page = pageNumber(evidencePage, total);
        List<EvidenceLink> links = evidenceLinks.forIssue(issue, (page - 1) * EVIDENCE_PAGE_SIZE, EVIDENCE_PAGE_SIZE);
        EvidencePage evidence = new EvidencePage(links, page, total, total > 1 ? evidenceLinks.findingCounts(issue) : List.of());
        IssueService.Parts parts = issues.parts(issue);
        RevocationClocks.Report revocation = revocationClocks.report(issue);
        Map<Long, RevocationStatus> revocationByCertificate = new java.util.HashMap<>();
        revocation.rows().forEach(r -> revocationByCertificate.put(r.certificate().id, r.status()));
        return Templates.issuePage(Viewer.of(identity), issue.ca, issue, neighbours, parts.statements(), parts.references(),
                parts.credits(), evidence, audits.forIssue(issue), certificates.evidenceFindings(links, issue.ca.slug),
                issues.comments(issue), total == 0 ? List.of() : chartData.issueCharts(issue), claims.compare(issue),
                ledger.forIssue(issue), null, revocation, revocationByCertificate, List.of(RevocationReason.values()));
    }

    private static int pageNumber(String evidencePage, long total) {
        try {
            return Math.min(Math.max(1, Integer.parseInt(evidencePage.strip())), EvidencePage.pageCount(total));
        } catch (NumberFormatException e) {
            return 1; // a mistyped page number shows the first page rather than an error page
        }
    }

    /** The issue page as the case file knew it at the end of a day. */
    private TemplateInstance asOfPage(String slug, String letter, CaseFileView view, String evidencePage) {
        Issue issue = view.issue(slug, letter);
        List<Issue> all = view.issues(issue.ca);
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id.equals(issue.id)) {
                index = i;
            }
        }
        Neighbours neighbours = new Neighbours(index > 0 ? all.get(index - 1) : null,
                index >= 0 && index + 1 < all.size() ? all.get(index + 1) : null);
        List<EvidenceLink> allLinks = view.evidence(issue);
        int page = pageNumber(evidencePage, allLinks.size());
        List<EvidenceLink> links = allLinks.subList(Math.min(allLinks.size(), (page - 1) * EVIDENCE_PAGE_SIZE),
                Math.min(allLinks.size(), page * EVIDENCE_PAGE_SIZE));
        EvidencePage evidence = new EvidencePage(links, page, allLinks.size(), List.of());
        return Templates.issuePage(Viewer.of(identity), issue.ca, issue, neighbours, view.statements(issue), view.references(issue),
                view.credits(issue), evidence, view.auditsOf(issue), certificates.evidenceFindings(links, slug), view.comments(issue),
                List.of(), view.claim(issue), view.recurrences(issue), view.asOf().toString(), null, Map.of(),
                List.of(RevocationReason.values()));
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/issues/{letter: [A-Z]+}.md")
    @Produces(MarkdownResponses.MARKDOWN)
    @HeavyWork
    public Response issueMarkdown(@PathParam("ca") String slug, @PathParam("letter") String letter, @QueryParam("asOf") String asOf) {
        CaseFileView view = views.of(AsOfDates.parse(asOf));
        return MarkdownResponses.inline(markdown.issue(view.issue(slug, letter), view), slug + "-issue-" + letter
                + (view.asOf() == null ? "" : "-as-of-" + view.asOf()) + ".md");
    }
}
