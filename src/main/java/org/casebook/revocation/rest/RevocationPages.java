package org.casebook.revocation.rest;

import static org.casebook.security.Roles.ADMIN;
import static org.casebook.security.Roles.MANAGER;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.casebook.issue.Issue;
import org.casebook.issue.IssuePageUrls;
import org.casebook.issue.service.IssueService;
import org.casebook.revocation.service.RevocationClocks;
import org.casebook.revocation.service.RevocationSources;
import org.casebook.security.Viewer;

/** The pages of a CRL and of an OCSP response on file, and the managers' form that sets an issue's revocation clock. */
@Path("/")
public class RevocationPages {

    @Inject
    RevocationSources sources;

    @Inject
    RevocationClocks clocks;

    @Inject
    IssueService issues;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance crl(Viewer viewer, RevocationSources.CrlPage page);

        static native TemplateInstance ocspResponse(Viewer viewer, RevocationSources.OcspPage page);
    }

    @GET
    @Path("crls/{sha256: [0-9a-fA-F]{64}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance crl(@PathParam("sha256") String sha256) {
        return Templates.crl(Viewer.of(identity), sources.crl(sha256));
    }

    @GET
    @Path("ocsp-responses/{sha256: [0-9a-fA-F]{64}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance ocspResponse(@PathParam("sha256") String sha256) {
        return Templates.ocspResponse(Viewer.of(identity), sources.ocspResponse(sha256));
    }

    /** Dates as the form's date fields send them (YYYY-MM-DD, read as UTC), or full ISO instants. */
    @POST
    @Path("cas/{ca: [a-z0-9-]+}/issues/{letter: [A-Z]+}/revocation-clock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response setClock(@PathParam("ca") String slug, @PathParam("letter") String letter, @FormParam("learnedAt") String learnedAt,
            @FormParam("reason") String reason, @FormParam("promisedBy") String promisedBy, @FormParam("note") String note) {
        Issue issue = issues.issue(slug, letter);
        clocks.set(issue, RevocationClockResource.input(learnedAt, reason, promisedBy, note));
        return Response.seeOther(URI.create(IssuePageUrls.of(issue) + "#revocation")).build();
    }
}
