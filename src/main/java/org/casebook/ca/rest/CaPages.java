package org.casebook.ca.rest;

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
import java.util.List;
import java.util.Map;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.EvidenceLink;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.service.CertificateService;
import org.casebook.export.MarkdownExport;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.service.IssueService;
import org.casebook.web.HeavyWork;
import org.casebook.security.Viewer;

/** The case pages people read: the CA list, a CA's case page, one issue; and their Markdown exports. */
@Path("/")
public class CaPages {

    private static final String MARKDOWN = "text/markdown; charset=UTF-8";

    @Inject
    IssueService issues;

    @Inject
    MarkdownExport markdown;

    @Inject
    SecurityIdentity identity;

    @Inject
    CertificateService certificates;

    /** One audit statement with the issues it disclosed or missed. */
    public record AuditRow(AuditStatement audit, List<AuditedIssue> disclosed, List<AuditedIssue> missed) {
    }

    /** The issue before and after this one, for navigation; either may be null. */
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

    public record Neighbours(Issue previous, Issue next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Viewer viewer, List<CaJson.CaSummary> cas);

        static native TemplateInstance casePage(Viewer viewer, CertificationAuthority ca, List<Issue> issues,
                List<OwnershipEvent> ownership, List<AuditRow> audits, List<CrossSign> crossSigns,
                List<StoredCertificate> caCertificates);

        static native TemplateInstance issuePage(Viewer viewer, CertificationAuthority ca, Issue issue, Neighbours neighbours,
                List<CaStatement> statements, List<IssueReference> references, List<IssueCredit> credits,
                EvidencePage evidence, List<AuditedIssue> audits, Map<Long, List<StoredFinding>> findings);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        List<CaJson.CaSummary> cas = CertificationAuthority.listByName().stream()
                .map(ca -> CaJson.CaSummary.of(ca, Issue.countForCa(ca)))
                .toList();
        return Templates.index(Viewer.of(identity), cas);
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance casePage(@PathParam("ca") String slug) {
        CertificationAuthority ca = issues.ca(slug);
        List<AuditRow> audits = AuditStatement.forCa(ca).stream().map(a -> {
            List<AuditedIssue> audited = AuditedIssue.forAudit(a);
            return new AuditRow(a, audited.stream().filter(i -> i.disclosed).toList(), audited.stream().filter(i -> !i.disclosed).toList());
        }).toList();
        List<StoredCertificate> caCertificates = StoredCertificate.list("ca = ?1 order by caRole, notBefore", ca);
        return Templates.casePage(Viewer.of(identity), ca, Issue.listForCa(ca), OwnershipEvent.involving(ca), audits,
                CrossSign.forCa(ca), caCertificates);
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}.md")
    @Produces(MARKDOWN)
    @HeavyWork
    public Response caMarkdown(@PathParam("ca") String slug) {
        return markdownResponse(markdown.caPage(issues.ca(slug)), slug + ".md");
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/issues/{letter: [A-Z]+}")
    @Produces(MediaType.TEXT_HTML)
    @HeavyWork
    public TemplateInstance issuePage(@PathParam("ca") String slug, @PathParam("letter") String letter,
            @QueryParam("evidence-page") @DefaultValue("1") String evidencePage) {
        Issue issue = issues.issue(slug, letter);
        List<Issue> all = Issue.listForCa(issue.ca);
        int index = all.indexOf(issue);
        Neighbours neighbours = new Neighbours(index > 0 ? all.get(index - 1) : null,
                index >= 0 && index + 1 < all.size() ? all.get(index + 1) : null);
        long total = EvidenceLink.countForIssue(issue);
        int page;
        try {
            page = Math.min(Math.max(1, Integer.parseInt(evidencePage.strip())), EvidencePage.pageCount(total));
        } catch (NumberFormatException e) {
            page = 1; // a mistyped page number shows the first page rather than an error page
        }
        List<EvidenceLink> links = EvidenceLink.forIssue(issue, (page - 1) * EVIDENCE_PAGE_SIZE, EVIDENCE_PAGE_SIZE);
        EvidencePage evidence = new EvidencePage(links, page, total, total > 1 ? EvidenceLink.findingCounts(issue) : List.of());
        return Templates.issuePage(Viewer.of(identity), issue.ca, issue, neighbours, CaStatement.timeline(issue),
                IssueReference.forIssue(issue), IssueCredit.forIssue(issue), evidence,
                AuditedIssue.forIssue(issue), certificates.evidenceFindings(links, issue.ca.slug));
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/issues/{letter: [A-Z]+}.md")
    @Produces(MARKDOWN)
    @HeavyWork
    public Response issueMarkdown(@PathParam("ca") String slug, @PathParam("letter") String letter) {
        return markdownResponse(markdown.issue(issues.issue(slug, letter)), slug + "-issue-" + letter + ".md");
    }

    private static Response markdownResponse(String body, String filename) {
        return Response.ok(body, MARKDOWN)
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .build();
    }
}
