package org.casebook.ca.rest;

import org.casebook.ca.service.CaInputs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.casebook.ca.OwnershipEvent;
import org.casebook.ca.service.CaService;
import org.casebook.security.Roles;
import org.casebook.web.ETags;
import org.casebook.web.ExpectedVersion;

/** A CA's ownership events, for managers. Reading them is part of {@code GET /api/cas/{ca}}. */
@Path("/api/cas/{ca}/ownership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class OwnershipResource {

    @Inject
    CaService cas;

    @POST
    public Response create(@PathParam("ca") String slug, CaInputs.OwnershipInput request) {
        OwnershipEvent event = cas.addOwnership(slug, request);
        return ETags.tagged(Response.created(URI.create("/api/cas/" + slug + "/ownership/" + event.id)), event.version)
                .entity(CaJson.Ownership.of(event)).build();
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("ca") String slug, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            CaInputs.OwnershipInput request) {
        OwnershipEvent event = cas.updateOwnership(slug, id, request, ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ETags.ok(CaJson.Ownership.of(event), event.version);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("ca") String slug, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        cas.deleteOwnership(slug, id, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
