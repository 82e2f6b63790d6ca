package org.casebook.audit.rest;

import org.casebook.audit.service.AuditInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.service.AuditService;
import org.casebook.ca.rest.CaJson;
import org.casebook.security.Roles;
import org.casebook.web.ETags;
import org.casebook.web.ExpectedVersion;

/** One audit statement; the list is {@code GET /api/cas/{ca}/audits} in CaResource. */
@Path("/api/cas/{ca}/audits")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audits;

    @GET
    @Path("/{id}")
    public Response get(@PathParam("ca") String slug, @PathParam("id") long id) {
        AuditStatement audit = audits.audit(slug, id);
        return ETags.ok(json(audit), audit.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response create(@PathParam("ca") String slug, AuditInput request) {
        AuditStatement audit = audits.create(slug, request);
        return ETags.tagged(Response.created(URI.create("/api/cas/" + slug + "/audits/" + audit.id)), audit.version)
                .entity(json(audit)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response update(@PathParam("ca") String slug, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            AuditInput request) {
        AuditStatement audit = audits.update(slug, id, request, ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ETags.ok(json(audit), audit.version);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response delete(@PathParam("ca") String slug, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        audits.delete(slug, id, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    private CaJson.Audit json(AuditStatement audit) {
        return CaJson.Audit.of(audits.row(audit));
    }
}
