package org.casebook.ca.rest;

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
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.ca.service.CaInputs.OwnershipInput;
import org.casebook.ca.service.CaService;
import org.casebook.security.Roles;
import org.casebook.security.Viewer;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.FormPages;
import org.casebook.web.Inputs;
import org.jboss.resteasy.reactive.RestForm;

/** Managers' forms for a CA's ownership events. */
@Path("/")
public class OwnershipPages {

    private static final String MANAGER = Roles.MANAGER;
    private static final String ADMIN = Roles.ADMIN;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ownershipForm(Viewer viewer, CertificationAuthority ca, Long id, OwnershipInput form, String error);
    }

    @Inject
    CaService cas;

    @Inject
    SecurityIdentity identity;

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
        return ownershipForm(e.ca, id, new OwnershipInput(Inputs.text(e.effectiveOn), e.newOwner,
                e.newOwnerCa == null ? null : e.newOwnerCa.slug, e.share, Inputs.text(e.disclosedOn), e.disclosedAs, e.description, e.version), null);
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
        return FormPages.submit(() -> cas.addOwnership(slug, form), CaPageUrls.page(slug) + "#ownership",
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
        return FormPages.submitEdit(() -> cas.updateOwnership(slug, id, form, expected), CaPageUrls.page(slug) + "#ownership",
                (error, current) -> ownershipForm(ca, id, current == null ? form : form.withVersion(current), error));
    }

    @POST
    @Path("cas/{ca}/ownership/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteOwnership(@PathParam("ca") String slug, @PathParam("id") long id) {
        cas.deleteOwnership(slug, id);
        return FormPages.seeOther(CaPageUrls.edit(slug) + "#ownership");
    }

    private static OwnershipInput ownershipInput(String effectiveOn, String newOwner, String newOwnerCa, String share, String disclosedOn,
            String disclosedAs, String description) {
        return new OwnershipInput(effectiveOn, newOwner, Inputs.blankToNull(newOwnerCa), share, Inputs.blankToNull(disclosedOn), disclosedAs,
                description);
    }

    private TemplateInstance ownershipForm(CertificationAuthority ca, Long id, OwnershipInput form, String error) {
        return Templates.ownershipForm(Viewer.of(identity), ca, id, form, error);
    }
}
