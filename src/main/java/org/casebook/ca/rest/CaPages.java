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
import java.time.LocalDate;
import java.util.List;
import jakarta.ws.rs.QueryParam;
import org.casebook.history.service.AsOfCaseFile;
import org.casebook.history.service.CaseFileView;
import org.casebook.history.service.CaseFileViews;
import org.casebook.web.AsOfDates;
import java.util.Map;
import org.casebook.audit.service.AuditService;
import org.casebook.audit.service.AuditService.AuditRow;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.ca.service.CaService;
import org.casebook.chart.Chart;
import org.casebook.ccadb.service.CcadbHierarchy;
import org.casebook.ccadb.service.CcadbHierarchy.CcadbView;
import org.casebook.crosssign.CrossSign;
import org.casebook.revocation.RevocationStatus;
import org.casebook.revocation.service.RevocationStatuses;
import org.casebook.crosssign.CrossSignProposal;
import org.casebook.crosssign.service.CrossSignProposals;
import org.casebook.crosssign.service.CrossSignService;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.service.CertificateService;
import org.casebook.export.service.MarkdownExport;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueService;
import org.casebook.report.service.ChartData;
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
    RevocationStatuses revocationStatuses;

    @Inject
    CrossSignProposals proposals;

    @Inject
    CertificateService certificates;

    @Inject
    ChartData chartData;

    @Inject
    CaseFileViews views;

    @Inject
    CcadbHierarchy ccadb;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Viewer viewer, List<CaJson.CaSummary> cas);

        static native TemplateInstance casePage(Viewer viewer, CertificationAuthority ca, List<Issue> issues,
                List<OwnershipEvent> ownership, List<AuditRow> audits, List<CrossSign> crossSigns,
                List<StoredCertificate> caCertificates, List<CrossSignProposal> crossSignProposals,
                Map<Long, CrossSignRevocation> crossSignRevocations, Chart timeline, String asOf, CcadbView ccadb);

    }

    /**
     * What a CRL on file of the cross-certificate's issuer says of it (issue 16.5): revoked on which day, and whether that
     * day differs from the revocation date the case file claims.
     */
    public record CrossSignRevocation(RevocationStatus status, String crlDay, boolean mismatch) {
    }

    private Map<Long, CrossSignRevocation> crossSignRevocations(List<CrossSign> signs) {
        List<StoredCertificate> certificates = signs.stream().map(s -> s.certificate).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, RevocationStatus> statuses = revocationStatuses.fromCrls(certificates);
        Map<Long, CrossSignRevocation> byCrossSign = new java.util.HashMap<>();
        for (CrossSign sign : signs) {
            RevocationStatus status = sign.certificate == null ? null : statuses.get(sign.certificate.id);
            if (status != null && status.state() != RevocationStatus.State.UNKNOWN) {
                java.time.LocalDate day = status.revoked() ? java.time.LocalDate.ofInstant(status.revokedAt(), java.time.ZoneOffset.UTC) : null;
                boolean mismatch = day == null ? sign.revokedAt != null : !day.equals(sign.revokedAt);
                byCrossSign.put(sign.id, new CrossSignRevocation(status, day == null ? null : day.toString(), mismatch));
            }
        }
        return byCrossSign;
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
    public TemplateInstance casePage(@PathParam("ca") String slug, @QueryParam("asOf") String asOf) {
        LocalDate day = AsOfDates.parse(asOf);
        if (day != null) {
            return asOfPage(slug, views.asOf(day));
        }
        CertificationAuthority ca = issues.ca(slug);
        List<CrossSign> signs = crossSigns.forCa(ca);
        return Templates.casePage(Viewer.of(identity), ca, issues.listForCa(ca), caService.ownershipInvolving(ca), audits.rows(ca),
                signs, certificates.caCertificates(ca), proposals.forCa(ca), crossSignRevocations(signs), chartData.caTimeline(ca), null,
                ccadb.of(ca));
    }

    /** The case page as the case file knew it at the end of a day; certificates only if stored by then. */
    private TemplateInstance asOfPage(String slug, AsOfCaseFile view) {
        CertificationAuthority ca = view.ca(slug);
        List<AuditRow> rows = view.audits(ca).stream().map(a -> {
            var audited = view.audited(a);
            return new AuditRow(a, audited.stream().filter(i -> i.disclosed).toList(), audited.stream().filter(i -> !i.disclosed).toList());
        }).toList();
        List<StoredCertificate> stored = certificates.caCertificates(issues.ca(slug)).stream()
                .filter(c -> c.storedAt == null || c.storedAt.isBefore(view.end())).toList();
        return Templates.casePage(Viewer.of(identity), ca, view.issues(ca), view.ownership(ca), rows, view.crossSigns(ca), stored,
                List.of(), Map.of(), null, view.asOf().toString(), null);
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}.md")
    @Produces(MarkdownResponses.MARKDOWN)
    @HeavyWork
    public Response caMarkdown(@PathParam("ca") String slug, @QueryParam("asOf") String asOf) {
        CaseFileView view = views.of(AsOfDates.parse(asOf));
        return MarkdownResponses.inline(markdown.caPage(view.ca(slug), view), slug + (view.asOf() == null ? "" : "-as-of-" + view.asOf()) + ".md");
    }
}
