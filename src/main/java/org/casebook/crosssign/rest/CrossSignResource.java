package org.casebook.crosssign.rest;

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
import org.casebook.ca.rest.CaInputs;
import org.casebook.ca.rest.CaJson;
import org.casebook.crosssign.CrossSign;
import org.casebook.crosssign.service.CrossSignService;
import org.casebook.security.Roles;

/** One cross-sign; the list is {@code GET /api/cas/{ca}/cross-signs} in CaResource. */
@Path("/api/cas/{ca}/cross-signs")
@Produces(MediaType.APPLICATION_JSON)
public class CrossSignResource {

    @Inject
    CrossSignService crossSigns;

    @GET
    @Path("/{id}")
    public CaJson.CrossSignJson get(@PathParam("ca") String slug, @PathParam("id") long id) {
        return CaJson.CrossSignJson.of(crossSigns.crossSign(slug, id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response create(@PathParam("ca") String slug, CaInputs.CrossSignInput request) {
        CrossSign crossSign = crossSigns.create(slug, request);
        return Response.created(URI.create("/api/cas/" + slug + "/cross-signs/" + crossSign.id))
                .entity(CaJson.CrossSignJson.of(crossSign)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public CaJson.CrossSignJson update(@PathParam("ca") String slug, @PathParam("id") long id, CaInputs.CrossSignInput request) {
        return CaJson.CrossSignJson.of(crossSigns.update(slug, id, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response delete(@PathParam("ca") String slug, @PathParam("id") long id) {
        crossSigns.delete(slug, id);
        return Response.noContent().build();
    }
}
