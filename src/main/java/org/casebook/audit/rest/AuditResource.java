package org.casebook.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.casebook.audit.AuditStatement;
import org.casebook.audit.AuditedIssue;
import org.casebook.audit.service.AuditService;
import org.casebook.ca.rest.CaInputs;
import org.casebook.ca.rest.CaJson;
import org.casebook.security.Roles;

/** One audit statement; the list is {@code GET /api/cas/{ca}/audits} in CaResource. */
@Path("/api/cas/{ca}/audits")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audits;

    @GET
    @Path("/{id}")
    public CaJson.Audit get(@PathParam("ca") String slug, @PathParam("id") long id) {
        return json(audits.audit(slug, id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response create(@PathParam("ca") String slug, CaInputs.AuditInput request) {
        AuditStatement audit = audits.create(slug, request);
        return Response.created(URI.create("/api/cas/" + slug + "/audits/" + audit.id)).entity(json(audit)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public CaJson.Audit update(@PathParam("ca") String slug, @PathParam("id") long id, CaInputs.AuditInput request) {
        return json(audits.update(slug, id, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response delete(@PathParam("ca") String slug, @PathParam("id") long id) {
        audits.delete(slug, id);
        return Response.noContent().build();
    }

    private static CaJson.Audit json(AuditStatement audit) {
        return CaJson.Audit.of(audit, AuditedIssue.forAudit(audit));
    }
}
