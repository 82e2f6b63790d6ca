package org.casebook.history.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.history.CaseFileHistory;
import org.casebook.issue.Issue;
import org.casebook.history.service.DeletedIssues;
import org.casebook.issue.rest.IssueDetails;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ApiException;

/** Who changed what, newest first: on an issue (deleted ones included), on a CA; and restoring deleted issues. */
@Path("/api/cas/{ca}")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    IssueService issues;

    @Inject
    CaseFileHistory history;

    @Inject
    DeletedIssues deletedIssues;

    @Inject
    IssueDetails details;

    @GET
    @Path("/issues/{letter}/history")
    public List<CaseFileHistory.Revision> history(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        List<CaseFileHistory.Revision> revisions = history.of(issues.ca(ca), letter);
        if (revisions.isEmpty()) {
            throw ApiException.notFound("CA '" + ca + "' has no issue '" + letter + "', now or deleted");
        }
        return revisions;
    }

    @GET
    @Path("/history")
    public List<CaseFileHistory.Revision> caHistory(@PathParam("ca") String ca) {
        return history.ofCa(issues.ca(ca));
    }

    @GET
    @Path("/deleted-issues")
    public List<CaseFileHistory.DeletedIssue> deleted(@PathParam("ca") String ca) {
        return deletedIssues.deleted(ca);
    }

    @POST
    @Path("/deleted-issues/{letter}/restore")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response restore(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        Issue issue = deletedIssues.restore(ca, letter);
        CertificationAuthority owner = issue.ca;
        return Response.created(URI.create("/api/cas/" + owner.slug + "/issues/" + issue.letter)).entity(details.of(issue)).build();
    }
}
