package org.casebook.crosssign.rest;

import org.casebook.crosssign.service.CrossSignInput;
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
import org.casebook.ca.rest.CaJson;
import org.casebook.crosssign.CrossSign;
import org.casebook.crosssign.service.CrossSignService;
import org.casebook.security.Roles;
import org.casebook.web.ETags;
import org.casebook.web.ExpectedVersion;

/** One cross-sign; the list is {@code GET /api/cas/{ca}/cross-signs} in CaResource. */
@Path("/api/cas/{ca}/cross-signs")
@Produces(MediaType.APPLICATION_JSON)
public class CrossSignResource {

    @Inject
    CrossSignService crossSigns;

    @GET
    @Path("/{id}")
    public Response get(@PathParam("ca") String slug, @PathParam("id") long id) {
        CrossSign crossSign = crossSigns.crossSign(slug, id);
        return ETags.ok(CaJson.CrossSignJson.of(crossSign), crossSign.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response create(@PathParam("ca") String slug, CrossSignInput request) {
        CrossSign crossSign = crossSigns.create(slug, request);
        return ETags.tagged(Response.created(URI.create("/api/cas/" + slug + "/cross-signs/" + crossSign.id)), crossSign.version)
                .entity(CaJson.CrossSignJson.of(crossSign)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response update(@PathParam("ca") String slug, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            CrossSignInput request) {
        CrossSign crossSign = crossSigns.update(slug, id, request, ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ETags.ok(CaJson.CrossSignJson.of(crossSign), crossSign.version);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response delete(@PathParam("ca") String slug, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        crossSigns.delete(slug, id, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
