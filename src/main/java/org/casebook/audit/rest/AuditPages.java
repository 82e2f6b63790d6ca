package org.casebook.audit.rest;

import org.casebook.ca.CaPageUrls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.service.AuditInput;
import org.casebook.audit.service.AuditService;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.service.CaService;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.security.Viewer;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.FormPages;
import org.casebook.web.Inputs;
import org.jboss.resteasy.reactive.RestForm;

/** Managers' forms for a CA's audit statements and the issues each disclosed or missed. */
@Path("/")
public class AuditPages {

    private static final String MANAGER = Roles.MANAGER;
    private static final String ADMIN = Roles.ADMIN;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance auditForm(Viewer viewer, CertificationAuthority ca, Long id, AuditInput form, List<Issue> issues,
                String error);
    }

    @Inject
    CaService cas;

    @Inject
    AuditService audits;

    @Inject
    IssueService issues;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("cas/{ca}/audits/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance newAudit(@PathParam("ca") String slug) {
        CertificationAuthority ca = cas.ca(slug);
        return auditForm(ca, null, new AuditInput(null, null, null, null, null, "unknown", null, null, List.of(), List.of()), null);
    }

    @GET
    @Path("cas/{ca}/audits/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance editAudit(@PathParam("ca") String slug, @PathParam("id") long id) {
        AuditService.AuditRow row = audits.row(audits.audit(slug, id));
        AuditStatement a = row.audit();
        AuditInput form = new AuditInput(a.auditor, a.standard, Inputs.text(a.periodStart), Inputs.text(a.periodEnd), Inputs.text(a.statementDate), a.opinion.code(),
                a.reported, a.url, row.disclosed().stream().map(i -> i.issue.letter).toList(),
                row.missed().stream().map(i -> i.issue.letter).toList(), a.version);
        return auditForm(a.ca, id, form, null);
    }

    @POST
    @Path("cas/{ca}/audits/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response createAudit(@PathParam("ca") String slug, @RestForm String auditor, @RestForm String standard,
            @RestForm String periodStart, @RestForm String periodEnd, @RestForm String statementDate, @RestForm String opinion,
            @RestForm String reported, @RestForm String url, @RestForm("disclosed") List<String> disclosed,
            @RestForm("missed") List<String> missed) {
        CertificationAuthority ca = cas.ca(slug);
        AuditInput form = auditInput(auditor, standard, periodStart, periodEnd, statementDate, opinion, reported, url, disclosed, missed);
        return FormPages.submit(() -> audits.create(slug, form), CaPageUrls.page(slug) + "#audits", error -> auditForm(ca, null, form, error));
    }

    @POST
    @Path("cas/{ca}/audits/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateAudit(@PathParam("ca") String slug, @PathParam("id") long id, @RestForm String auditor,
            @RestForm String standard, @RestForm String periodStart, @RestForm String periodEnd, @RestForm String statementDate,
            @RestForm String opinion, @RestForm String reported, @RestForm String url, @RestForm("disclosed") List<String> disclosed,
            @RestForm("missed") List<String> missed, @RestForm String version) {
        CertificationAuthority ca = cas.ca(slug);
        ExpectedVersion expected = ExpectedVersion.form(version);
        AuditInput form = auditInput(auditor, standard, periodStart, periodEnd, statementDate, opinion, reported, url, disclosed, missed)
                .withVersion(expected.version());
        return FormPages.submitEdit(() -> audits.update(slug, id, form, expected), CaPageUrls.page(slug) + "#audits",
                (error, current) -> auditForm(ca, id, current == null ? form : form.withVersion(current), error));
    }

    @POST
    @Path("cas/{ca}/audits/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteAudit(@PathParam("ca") String slug, @PathParam("id") long id) {
        audits.delete(slug, id);
        return FormPages.seeOther(CaPageUrls.edit(slug) + "#audits");
    }

    private static AuditInput auditInput(String auditor, String standard, String periodStart, String periodEnd, String statementDate,
            String opinion, String reported, String url, List<String> disclosed, List<String> missed) {
        return new AuditInput(auditor, standard, periodStart, periodEnd, statementDate, opinion, reported, Inputs.blankToNull(url),
                disclosed == null ? List.of() : disclosed, missed == null ? List.of() : missed);
    }

    private TemplateInstance auditForm(CertificationAuthority ca, Long id, AuditInput form, String error) {
        return Templates.auditForm(Viewer.of(identity), ca, id, form, issues.listForCa(ca), error);
    }
}
