package org.casebook.crosssign.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.casebook.ca.CaPageUrls;
import org.casebook.crosssign.service.CrossSignProposals;
import org.casebook.security.Roles;

/** The case page's "Record cross-sign" form (CSRF-checked like every form post). */
@Path("/cas/{ca: [a-z0-9-]+}/cross-signs/proposals")
public class CrossSignProposalPages {

    @Inject
    CrossSignProposals proposals;

    @POST
    @Path("{sha256: [0-9a-fA-F]{64}}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response accept(@PathParam("ca") String slug, @PathParam("sha256") String sha256) {
        proposals.accept(slug, sha256.toLowerCase(), null);
        return Response.seeOther(URI.create(CaPageUrls.page(slug) + "#cross-signs")).build();
    }
}
