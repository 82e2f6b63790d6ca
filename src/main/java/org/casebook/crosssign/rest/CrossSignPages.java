package org.casebook.crosssign.rest;

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
import org.casebook.ca.CaPageUrls;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.service.CaService;
import org.casebook.crosssign.CrossSign;
import org.casebook.crosssign.service.CrossSignInput;
import org.casebook.crosssign.service.CrossSignService;
import org.casebook.security.Roles;
import org.casebook.security.Viewer;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.FormPages;
import org.casebook.web.Inputs;
import org.jboss.resteasy.reactive.RestForm;

/** Managers' forms for a CA's cross-signs. */
@Path("/")
public class CrossSignPages {

    private static final String MANAGER = Roles.MANAGER;
    private static final String ADMIN = Roles.ADMIN;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance crossSignForm(Viewer viewer, CertificationAuthority ca, Long id, CrossSignInput form, String error);
    }

    @Inject
    CaService cas;

    @Inject
    CrossSignService crossSigns;

    @Inject
    SecurityIdentity identity;

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
                x.notAfter == null ? null : x.notAfter.toString(), Inputs.text(x.revokedAt), x.revocationSource, x.comment, x.serialHex,
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
        return FormPages.submit(() -> crossSigns.create(slug, form), CaPageUrls.page(slug) + "#cross-signs",
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
        return FormPages.submitEdit(() -> crossSigns.update(slug, id, form, expected), CaPageUrls.page(slug) + "#cross-signs",
                (error, current) -> crossSignForm(ca, id, current == null ? form : form.withVersion(current), error));
    }

    @POST
    @Path("cas/{ca}/cross-signs/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteCrossSign(@PathParam("ca") String slug, @PathParam("id") long id) {
        crossSigns.delete(slug, id);
        return FormPages.seeOther(CaPageUrls.edit(slug) + "#cross-signs");
    }

    private static CrossSignInput crossSignInput(String target, String source, String sourceOwner, String notAfter, String revokedAt,
            String revocationSource, String comment, String serial, String certificateSha256) {
        return new CrossSignInput(target, source, sourceOwner, notAfter, revokedAt, revocationSource, comment, Inputs.blankToNull(serial),
                Inputs.blankToNull(certificateSha256));
    }

    private TemplateInstance crossSignForm(CertificationAuthority ca, Long id, CrossSignInput form, String error) {
        return Templates.crossSignForm(Viewer.of(identity), ca, id, form, error);
    }
}
