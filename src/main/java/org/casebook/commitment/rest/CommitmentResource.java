package org.casebook.commitment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.casebook.commitment.StatementCommitment;
import org.casebook.commitment.service.CommitmentInput;
import org.casebook.commitment.service.CommitmentLedger;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ETags;
import org.casebook.web.ExpectedVersion;

/** The commitment ledger as JSON, and marking a CA statement as a commitment. */
@Path("/api/cas/{ca}")
@Produces(MediaType.APPLICATION_JSON)
public class CommitmentResource {

    /** How a statement is marked. */
    public record Marking(long statement, String kind, String due, String status, String evidence, long version) {
        static Marking of(StatementCommitment c) {
            return new Marking(c.statement.id, c.kind.code(), c.due == null ? null : c.due.toString(), c.status.code(),
                    c.evidence, c.version);
        }
    }

    @Inject
    CommitmentLedger ledger;

    @Inject
    IssueService issues;

    @GET
    @Path("/commitments")
    public List<CommitmentJson> commitments(@PathParam("ca") String ca) {
        return ledger.entries(issues.ca(ca)).stream().map(CommitmentJson::of).toList();
    }

    @PUT
    @Path("/issues/{letter}/statements/{id}/commitment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response mark(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, CommitmentInput request) {
        StatementCommitment c = ledger.mark(ca, letter, id, request,
                ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ETags.ok(Marking.of(c), c.version);
    }

    @DELETE
    @Path("/issues/{letter}/statements/{id}/commitment")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response unmark(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch) {
        ledger.unmark(ca, letter, id, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
