package org.casebook.ca.rest;

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
import org.casebook.audit.AuditedIssue;
import org.casebook.audit.service.AuditService;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.audit.service.AuditInput;
import org.casebook.ca.service.CaInputs.CaInput;
import org.casebook.crosssign.service.CrossSignInput;
import org.casebook.ca.service.CaInputs.OwnershipInput;
import org.casebook.ca.service.CaService;
import org.casebook.crosssign.CrossSign;
import org.casebook.crosssign.service.CrossSignService;
import org.casebook.history.CaseFileHistory;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.FormPages;
import org.casebook.web.Inputs;
import org.casebook.security.Viewer;
import org.jboss.resteasy.reactive.RestForm;

/** Managers' forms for CAs, their ownership events, audit statements and cross-signs; a CA's history page. */
@Path("/")
public class CaEditPages {

    private static final String MANAGER = Roles.MANAGER;
    private static final String ADMIN = Roles.ADMIN;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caForm(Viewer viewer, CertificationAuthority ca, CaInput form, String error,
                List<OwnershipEvent> ownership, List<AuditStatement> audits, List<CrossSign> crossSigns);

        static native TemplateInstance ownershipForm(Viewer viewer, CertificationAuthority ca, Long id, OwnershipInput form, String error);

        static native TemplateInstance auditForm(Viewer viewer, CertificationAuthority ca, Long id, AuditInput form, List<Issue> issues,
                String error);

        static native TemplateInstance crossSignForm(Viewer viewer, CertificationAuthority ca, Long id, CrossSignInput form, String error);

        static native TemplateInstance caHistory(Viewer viewer, CertificationAuthority ca, List<CaseFileHistory.Revision> revisions,
                List<CaseFileHistory.DeletedIssue> deleted);
    }

    @Inject
    CaService cas;

    @Inject
    AuditService audits;

    @Inject
    CrossSignService crossSigns;

    @Inject
    IssueService issues;

    @Inject
    CaseFileHistory history;

    @Inject
    SecurityIdentity identity;

    // --- the CA ------------------------------------------------------------------------------------

    @GET
    @Path("cas/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance newCa() {
        return caForm(null, new CaInput(null, null, null, null, null, null), null);
    }

    @POST
    @Path("cas/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response createCa(@RestForm String slug, @RestForm String name, @RestForm String country, @RestForm String timeZone,
            @RestForm String website, @RestForm String description) {
        CaInput form = caInput(slug, name, country, timeZone, website, description);
        return FormPages.submit(() -> "/cas/" + cas.create(form).slug, error -> caForm(null, form, error));
    }

    @GET
    @Path("cas/{ca}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance editCa(@PathParam("ca") String slug) {
        CertificationAuthority ca = cas.ca(slug);
        return caForm(ca, new CaInput(ca.slug, ca.name, ca.country, ca.timeZone, ca.website, ca.description, ca.version), null);
    }

    @POST
    @Path("cas/{ca}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateCa(@PathParam("ca") String slug, @RestForm String name, @RestForm String country, @RestForm String timeZone,
            @RestForm String website, @RestForm String description, @RestForm String version) {
        CertificationAuthority ca = cas.ca(slug);
        ExpectedVersion expected = ExpectedVersion.form(version);
        CaInput form = caInput(slug, name, country, timeZone, website, description).withVersion(expected.version());
        return FormPages.submitEdit(() -> cas.update(slug, form, expected), "/cas/" + slug,
                (error, current) -> caForm(cas.ca(slug), current == null ? form : form.withVersion(current), error));
    }

    private static CaInput caInput(String slug, String name, String country, String timeZone, String website, String description) {
        return new CaInput(Inputs.blankToNull(slug), name, Inputs.blankToNull(country), Inputs.blankToNull(timeZone),
                Inputs.blankToNull(website), description);
    }

    private TemplateInstance caForm(CertificationAuthority ca, CaInput form, String error) {
        return Templates.caForm(Viewer.of(identity), ca, form, error, ca == null ? List.of() : OwnershipEvent.list("ca = ?1 order by effectiveOn", ca),
                ca == null ? List.of() : AuditStatement.forCa(ca), ca == null ? List.of() : CrossSign.forCa(ca));
    }

    // --- ownership events --------------------------------------------------------------------------

    @GET
    @Path("cas/{ca}/ownership/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance newOwnership(@PathParam("ca") String slug) {
        return ownershipForm(cas.ca(slug), null, new OwnershipInput(null, null, null, null, null, null, null), null);
    }

    @GET
    @Path("cas/{ca}/ownership/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance editOwnership(@PathParam("ca") String slug, @PathParam("id") long id) {
        OwnershipEvent e = cas.ownership(slug, id);
        return ownershipForm(e.ca, id, new OwnershipInput(str(e.effectiveOn), e.newOwner,
                e.newOwnerCa == null ? null : e.newOwnerCa.slug, e.share, str(e.disclosedOn), e.disclosedAs, e.description, e.version), null);
    }

    @POST
    @Path("cas/{ca}/ownership/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response createOwnership(@PathParam("ca") String slug, @RestForm String effectiveOn, @RestForm String newOwner,
            @RestForm String newOwnerCa, @RestForm String share, @RestForm String disclosedOn, @RestForm String disclosedAs,
            @RestForm String description) {
        CertificationAuthority ca = cas.ca(slug);
        OwnershipInput form = ownershipInput(effectiveOn, newOwner, newOwnerCa, share, disclosedOn, disclosedAs, description);
        return FormPages.submit(() -> cas.addOwnership(slug, form), "/cas/" + slug + "#ownership",
                error -> ownershipForm(ca, null, form, error));
    }

    @POST
    @Path("cas/{ca}/ownership/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateOwnership(@PathParam("ca") String slug, @PathParam("id") long id, @RestForm String effectiveOn,
            @RestForm String newOwner, @RestForm String newOwnerCa, @RestForm String share, @RestForm String disclosedOn,
            @RestForm String disclosedAs, @RestForm String description, @RestForm String version) {
        CertificationAuthority ca = cas.ca(slug);
        ExpectedVersion expected = ExpectedVersion.form(version);
        OwnershipInput form = ownershipInput(effectiveOn, newOwner, newOwnerCa, share, disclosedOn, disclosedAs, description)
                .withVersion(expected.version());
        return FormPages.submitEdit(() -> cas.updateOwnership(slug, id, form, expected), "/cas/" + slug + "#ownership",
                (error, current) -> ownershipForm(ca, id, current == null ? form : form.withVersion(current), error));
    }

    @POST
    @Path("cas/{ca}/ownership/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteOwnership(@PathParam("ca") String slug, @PathParam("id") long id) {
        cas.deleteOwnership(slug, id);
        return FormPages.seeOther("/cas/" + slug + "/edit#ownership");
    }

    // --- audit statements --------------------------------------------------------------------------

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
        AuditStatement a = audits.audit(slug, id);
        List<AuditedIssue> audited = AuditedIssue.forAudit(a);
        AuditInput form = new AuditInput(a.auditor, a.standard, str(a.periodStart), str(a.periodEnd), str(a.statementDate), a.opinion.code(),
                a.reported, a.url, audited.stream().filter(i -> i.disclosed).map(i -> i.issue.letter).toList(),
                audited.stream().filter(i -> !i.disclosed).map(i -> i.issue.letter).toList(), a.version);
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
        return FormPages.submit(() -> audits.create(slug, form), "/cas/" + slug + "#audits", error -> auditForm(ca, null, form, error));
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
        return FormPages.submitEdit(() -> audits.update(slug, id, form, expected), "/cas/" + slug + "#audits",
                (error, current) -> auditForm(ca, id, current == null ? form : form.withVersion(current), error));
    }

    @POST
    @Path("cas/{ca}/audits/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteAudit(@PathParam("ca") String slug, @PathParam("id") long id) {
        audits.delete(slug, id);
        return FormPages.seeOther("/cas/" + slug + "/edit#audits");
    }

    // --- cross-signs -------------------------------------------------------------------------------

    @GET
    @Path("cas/{ca}/cross-signs/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance newCrossSign(@PathParam("ca") String slug) {
        return crossSignForm(cas.ca(slug), null, new CrossSignInput(null, null, null, null, null, null, null, null, null), null);
    }

    @GET
    @Path("cas/{ca}/cross-signs/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance editCrossSign(@PathParam("ca") String slug, @PathParam("id") long id) {
        CrossSign x = crossSigns.crossSign(slug, id);
        return crossSignForm(x.ca, id, new CrossSignInput(x.target, x.source, x.sourceOwner,
                x.notAfter == null ? null : x.notAfter.toString(), str(x.revokedAt), x.revocationSource, x.comment, x.serialHex,
                x.certificate == null ? null : x.certificate.sha256, x.version), null);
    }

    @POST
    @Path("cas/{ca}/cross-signs/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response createCrossSign(@PathParam("ca") String slug, @RestForm String target, @RestForm String source,
            @RestForm String sourceOwner, @RestForm String notAfter, @RestForm String revokedAt, @RestForm String revocationSource,
            @RestForm String comment, @RestForm String serial, @RestForm String certificateSha256) {
        CertificationAuthority ca = cas.ca(slug);
        CrossSignInput form = crossSignInput(target, source, sourceOwner, notAfter, revokedAt, revocationSource, comment, serial,
                certificateSha256);
        return FormPages.submit(() -> crossSigns.create(slug, form), "/cas/" + slug + "#cross-signs",
                error -> crossSignForm(ca, null, form, error));
    }

    @POST
    @Path("cas/{ca}/cross-signs/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateCrossSign(@PathParam("ca") String slug, @PathParam("id") long id, @RestForm String target,
            @RestForm String source, @RestForm String sourceOwner, @RestForm String notAfter, @RestForm String revokedAt,
            @RestForm String revocationSource, @RestForm String comment, @RestForm String serial, @RestForm String certificateSha256,
            @RestForm String version) {
        CertificationAuthority ca = cas.ca(slug);
        ExpectedVersion expected = ExpectedVersion.form(version);
        CrossSignInput form = crossSignInput(target, source, sourceOwner, notAfter, revokedAt, revocationSource, comment, serial,
                certificateSha256).withVersion(expected.version());
        return FormPages.submitEdit(() -> crossSigns.update(slug, id, form, expected), "/cas/" + slug + "#cross-signs",
                (error, current) -> crossSignForm(ca, id, current == null ? form : form.withVersion(current), error));
    }

    @POST
    @Path("cas/{ca}/cross-signs/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteCrossSign(@PathParam("ca") String slug, @PathParam("id") long id) {
        crossSigns.delete(slug, id);
        return FormPages.seeOther("/cas/" + slug + "/edit#cross-signs");
    }

    // --- history and restoring deleted issues -----------------------------------------------------

    @GET
    @Path("cas/{ca}/history")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance caHistory(@PathParam("ca") String slug) {
        CertificationAuthority ca = cas.ca(slug);
        return Templates.caHistory(Viewer.of(identity), ca, history.ofCa(ca), issues.deleted(slug));
    }

    @POST
    @Path("cas/{ca}/deleted-issues/{letter}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response restore(@PathParam("ca") String slug, @PathParam("letter") String letter) {
        Issue issue = issues.restore(slug, letter);
        return FormPages.seeOther("/cas/" + slug + "/issues/" + issue.letter);
    }

    private static OwnershipInput ownershipInput(String effectiveOn, String newOwner, String newOwnerCa, String share, String disclosedOn,
            String disclosedAs, String description) {
        return new OwnershipInput(effectiveOn, newOwner, Inputs.blankToNull(newOwnerCa), share, Inputs.blankToNull(disclosedOn), disclosedAs,
                description);
    }

    private static AuditInput auditInput(String auditor, String standard, String periodStart, String periodEnd, String statementDate,
            String opinion, String reported, String url, List<String> disclosed, List<String> missed) {
        return new AuditInput(auditor, standard, periodStart, periodEnd, statementDate, opinion, reported, Inputs.blankToNull(url),
                disclosed == null ? List.of() : disclosed, missed == null ? List.of() : missed);
    }

    private static CrossSignInput crossSignInput(String target, String source, String sourceOwner, String notAfter, String revokedAt,
            String revocationSource, String comment, String serial, String certificateSha256) {
        return new CrossSignInput(target, source, sourceOwner, notAfter, revokedAt, revocationSource, comment, Inputs.blankToNull(serial),
                Inputs.blankToNull(certificateSha256));
    }

    private TemplateInstance ownershipForm(CertificationAuthority ca, Long id, OwnershipInput form, String error) {
        return Templates.ownershipForm(Viewer.of(identity), ca, id, form, error);
    }

    private TemplateInstance auditForm(CertificationAuthority ca, Long id, AuditInput form, String error) {
        return Templates.auditForm(Viewer.of(identity), ca, id, form, Issue.listForCa(ca), error);
    }

    private TemplateInstance crossSignForm(CertificationAuthority ca, Long id, CrossSignInput form, String error) {
        return Templates.crossSignForm(Viewer.of(identity), ca, id, form, error);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
