package org.casebook.crosssign.rest;

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
import java.net.URI;
import java.util.List;
import org.casebook.ca.rest.CaJson;
import org.casebook.crosssign.CrossSign;
import org.casebook.crosssign.CrossSignProposal;
import org.casebook.crosssign.service.CrossSignProposals;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ApiException;

/** Cross-signs proposed from the certificates on file: listed for anyone, accepted by a manager. */
@Path("/api/cas/{ca}/cross-signs/proposals")
public class CrossSignProposalResource {

    @Inject
    CrossSignProposals proposals;

    @Inject
    IssueService issues;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CrossSignProposal> list(@PathParam("ca") String slug) {
        return proposals.forCa(issues.ca(slug));
    }

    /** Optional details for the record; send {@code {}} for none. */
    public record Acceptance(String comment) {
    }

    @POST
    @Path("{sha256: [0-9a-fA-F]{64}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response acceptFromApi(@PathParam("ca") String slug, @PathParam("sha256") String sha256, Acceptance acceptance) {
        String comment = acceptance == null ? null : acceptance.comment();
        if (comment != null && comment.length() > 4096) {
            throw ApiException.badRequest("comment is longer than 4096 characters");
        }
        CrossSign crossSign = proposals.accept(slug, sha256.toLowerCase(), comment);
        return Response.created(URI.create("/api/cas/" + slug + "/cross-signs")).entity(CaJson.CrossSignJson.of(crossSign)).build();
    }
}
