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
import java.util.List;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.service.AuditService;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.ca.service.CaInputs.CaInput;
import org.casebook.ca.service.CaService;
import org.casebook.crosssign.CrossSign;
import org.casebook.crosssign.service.CrossSignService;
import org.casebook.security.Roles;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.FormPages;
import org.casebook.web.Inputs;
import org.casebook.security.Viewer;
import org.jboss.resteasy.reactive.RestForm;

/** Managers' form for a CA's own fields (its ownership events, audits and cross-signs are listed there and edited on their own forms). */
@Path("/")
public class CaEditPages {

    private static final String MANAGER = Roles.MANAGER;
    private static final String ADMIN = Roles.ADMIN;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caForm(Viewer viewer, CertificationAuthority ca, CaInput form, String error,
                List<OwnershipEvent> ownership, List<AuditStatement> audits, List<CrossSign> crossSigns);

    }

    @Inject
    CaService cas;

    @Inject
    AuditService audits;

    @Inject
    CrossSignService crossSigns;

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
        return FormPages.submit(() -> CaPageUrls.page(cas.create(form).slug), error -> caForm(null, form, error));
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
        return FormPages.submitEdit(() -> cas.update(slug, form, expected), CaPageUrls.page(slug),
                (error, current) -> caForm(cas.ca(slug), current == null ? form : form.withVersion(current), error));
    }

    private static CaInput caInput(String slug, String name, String country, String timeZone, String website, String description) {
        return new CaInput(Inputs.blankToNull(slug), name, Inputs.blankToNull(country), Inputs.blankToNull(timeZone),
                Inputs.blankToNull(website), description);
    }

    private TemplateInstance caForm(CertificationAuthority ca, CaInput form, String error) {
        return Templates.caForm(Viewer.of(identity), ca, form, error, ca == null ? List.of() : cas.ownershipOf(ca),
                ca == null ? List.of() : audits.forCa(ca), ca == null ? List.of() : crossSigns.forCa(ca));
    }

}
