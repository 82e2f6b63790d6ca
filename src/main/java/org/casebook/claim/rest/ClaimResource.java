package org.casebook.claim.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casebook.claim.ClaimComparison;
import org.casebook.claim.service.ClaimInput;
import org.casebook.claim.service.IssueClaims;
import org.casebook.issue.Issue;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ETags;
import org.casebook.web.ExpectedVersion;

/**
 * What the CA claims about an issue, beside the evidence on file. The issue's defining findings are set with the
 * issue itself ({@code definingFindings} in its PUT/PATCH); this sets the rest.
 */
@Path("/api/cas/{ca}/issues/{letter}/claim")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    IssueClaims claims;

    @Inject
    IssueService issues;

    @GET
    public Response claim(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        Issue issue = issues.issue(ca, letter);
        ClaimComparison comparison = claims.compare(issue);
        return ETags.ok(ClaimJson.of(ca, letter, comparison), comparison.claim() == null ? 0 : comparison.claim().version);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response setClaim(@PathParam("ca") String ca, @PathParam("letter") String letter,
            @HeaderParam("If-Match") String ifMatch, ClaimInput request) {
        claims.setClaim(ca, letter, request, ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return claim(ca, letter);
    }
}
