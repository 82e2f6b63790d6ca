package org.casebook.ca.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.casebook.audit.service.AuditService;
import org.casebook.audit.service.AuditService.AuditRow;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.ca.service.CaService;
import org.casebook.ccadb.service.CcadbHierarchy;
import org.casebook.ccadb.service.CcadbHierarchy.CcadbView;
import org.casebook.crosssign.CrossSign;
import org.casebook.crosssign.CrossSignProposal;
import org.casebook.crosssign.service.CrossSignProposals;
import org.casebook.crosssign.service.CrossSignService;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.service.CertificateService;
import org.casebook.export.service.MarkdownExport;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Viewer;
import org.casebook.web.HeavyWork;
import org.casebook.web.MarkdownResponses;

/** The case pages people read: the CA list and a CA's case page, with its Markdown export. */
@Path("/")
public class CaPages {

    @Inject
    IssueService issues;

    @Inject
    MarkdownExport markdown;

    @Inject
    SecurityIdentity identity;

    @Inject
    CaService caService;

    @Inject
    AuditService audits;

    @Inject
    CrossSignService crossSigns;

    @Inject
    CrossSignProposals proposals;

    @Inject
    CertificateService certificates;

    @Inject
    CcadbHierarchy ccadb;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Viewer viewer, List<CaJson.CaSummary> cas);

        static native TemplateInstance casePage(Viewer viewer, CertificationAuthority ca, List<Issue> issues,
                List<OwnershipEvent> ownership, List<AuditRow> audits, List<CrossSign> crossSigns,
                List<StoredCertificate> caCertificates, List<CrossSignProposal> crossSignProposals, CcadbView ccadb);

    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        List<CaJson.CaSummary> cas = caService.listByName().stream()
                .map(ca -> CaJson.CaSummary.of(ca, issues.countForCa(ca)))
                .toList();
        return Templates.index(Viewer.of(identity), cas);
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance casePage(@PathParam("ca") String slug) {
        CertificationAuthority ca = issues.ca(slug);
        return Templates.casePage(Viewer.of(identity), ca, issues.listForCa(ca), caService.ownershipInvolving(ca), audits.rows(ca),
                crossSigns.forCa(ca), certificates.caCertificates(ca), proposals.forCa(ca), ccadb.of(ca));
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}.md")
    @Produces(MarkdownResponses.MARKDOWN)
    @HeavyWork
    public Response caMarkdown(@PathParam("ca") String slug) {
        return MarkdownResponses.inline(markdown.caPage(issues.ca(slug)), slug + ".md");
    }
}
