package org.casebook.issue.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import org.casebook.evidence.service.EvidenceLinks;
import org.casebook.history.service.DeletedIssues;
import org.casebook.issue.service.IssuePart;
import org.casebook.evidence.EvidenceNotes;
import org.casebook.issue.Issue;
import org.casebook.claim.service.IssueClaims;
import org.casebook.issue.IssueComment;
import org.casebook.issue.service.IssueInputs.CommentInput;
import org.casebook.issue.service.IssueInputs.CreditInput;
import org.casebook.evidence.service.EvidenceInput;
import org.casebook.issue.service.IssueInputs.IssueEdit;
import org.casebook.issue.service.IssueInputs.ReferenceInput;
import org.casebook.issue.service.IssueInputs.StatementInput;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ETags;
import org.casebook.web.ExpectedVersion;

/**
 * Changing one issue and what hangs off it. Reading the issue is {@code GET /api/cas/{ca}/issues/{letter}}
 * in CaResource; its history is HistoryResource.
 */
@Path("/api/cas/{ca}/issues/{letter}")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    private static final String MANAGER = Roles.MANAGER;
    private static final String ADMIN = Roles.ADMIN;
    private static final String IF_MATCH = "If-Match";

    public record CommentJson(long id, String author, Instant postedAt, String text, long version) {
        static CommentJson of(IssueComment c) {
            return new CommentJson(c.id, c.author, c.postedAt, c.text, c.version);
        }
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    IssueService issues;

    @Inject
    EvidenceLinks evidence;

    @Inject
    DeletedIssues deletedIssues;

    @Inject
    IssueDetails details;

    @Inject
    IssueClaims claims;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public Response replace(@PathParam("ca") String ca, @PathParam("letter") String letter, @HeaderParam(IF_MATCH) String ifMatch,
            IssueEdit request) {
        Issue issue = claims.updateIssue(ca, letter, request, false, expected(ifMatch, request == null ? null : request.version()));
        return ETags.ok(details.of(issue), issue.version);
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public Response patch(@PathParam("ca") String ca, @PathParam("letter") String letter, @HeaderParam(IF_MATCH) String ifMatch,
            IssueEdit request) {
        Issue issue = claims.updateIssue(ca, letter, request, true, expected(ifMatch, request == null ? null : request.version()));
        return ETags.ok(details.of(issue), issue.version);
    }

    /** The issue goes; its history stays, and {@code POST /api/cas/{ca}/deleted-issues/{letter}/restore} brings it back. */
    @DELETE
    @RolesAllowed({MANAGER, ADMIN})
    public Response delete(@PathParam("ca") String ca, @PathParam("letter") String letter, @HeaderParam(IF_MATCH) String ifMatch) {
        deletedIssues.delete(ca, letter, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public Response addStatement(@PathParam("ca") String ca, @PathParam("letter") String letter, StatementInput request) {
        return addPart(ca, letter, IssuePart.STATEMENT, request, IssueJson.Statement::of);
    }

    @PUT
    @Path("/statements/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateStatement(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam(IF_MATCH) String ifMatch, StatementInput request) {
        return updatePart(ca, letter, IssuePart.STATEMENT, id, ifMatch, request, IssueJson.Statement::of);
    }

    @DELETE
    @Path("/statements/{id}")
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteStatement(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam(IF_MATCH) String ifMatch) {
        issues.deletePart(ca, letter, IssuePart.STATEMENT, id, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/references")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public Response addReference(@PathParam("ca") String ca, @PathParam("letter") String letter, ReferenceInput request) {
        return addPart(ca, letter, IssuePart.REFERENCE, request, IssueJson.Reference::of);
    }

    @PUT
    @Path("/references/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateReference(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam(IF_MATCH) String ifMatch, ReferenceInput request) {
        return updatePart(ca, letter, IssuePart.REFERENCE, id, ifMatch, request, IssueJson.Reference::of);
    }

    @DELETE
    @Path("/references/{id}")
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteReference(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam(IF_MATCH) String ifMatch) {
        issues.deletePart(ca, letter, IssuePart.REFERENCE, id, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/credits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public Response addCredit(@PathParam("ca") String ca, @PathParam("letter") String letter, CreditInput request) {
        return addPart(ca, letter, IssuePart.CREDIT, request, IssueJson.Credit::of);
    }

    @PUT
    @Path("/credits/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateCredit(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam(IF_MATCH) String ifMatch, CreditInput request) {
        return updatePart(ca, letter, IssuePart.CREDIT, id, ifMatch, request, IssueJson.Credit::of);
    }

    @DELETE
    @Path("/credits/{id}")
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteCredit(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam(IF_MATCH) String ifMatch) {
        issues.deletePart(ca, letter, IssuePart.CREDIT, id, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    /** Files a stored certificate as evidence (or changes its note when it already is). */
    @POST
    @Path("/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({MANAGER, ADMIN})
    public Response linkEvidence(@PathParam("ca") String ca, @PathParam("letter") String letter, EvidenceInput request) {
        var link = evidence.linkEvidence(ca, letter, request);
        return ETags.tagged(Response.status(201).location(URI.create(base(ca, letter) + "/evidence/" + link.certificate.sha256)),
                link.version).entity(IssueJson.Evidence.of(link)).build();
    }

    /** Changes the note: a reviewer only on evidence they filed (as on the page form), a manager on any. */
    @PUT
    @Path("/evidence/{sha256}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, MANAGER, ADMIN})
    public Response updateEvidence(@PathParam("ca") String ca, @PathParam("letter") String letter,
            @PathParam("sha256") String sha256, @HeaderParam(IF_MATCH) String ifMatch, EvidenceInput request) {
        EvidenceNotes.requireMayChange(evidence.evidence(ca, letter, sha256), identity);
        var link = evidence.updateEvidence(ca, letter, sha256, request == null ? null : request.note(),
                expected(ifMatch, request == null ? null : request.version()));
        return ETags.ok(IssueJson.Evidence.of(link), link.version);
    }

    @DELETE
    @Path("/evidence/{sha256}")
    @RolesAllowed({MANAGER, ADMIN})
    public Response unlinkEvidence(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("sha256") String sha256,
            @HeaderParam(IF_MATCH) String ifMatch) {
        evidence.unlinkEvidence(ca, letter, sha256, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/comments")
    public List<CommentJson> comments(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        return issues.comments(issues.issue(ca, letter)).stream().map(CommentJson::of).toList();
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, MANAGER, ADMIN})
    public Response comment(@PathParam("ca") String ca, @PathParam("letter") String letter, CommentInput request) {
        IssueComment comment = issues.comment(ca, letter, request);
        return created(ca, letter, "/comments/" + comment.id, CommentJson.of(comment), comment.version);
    }

    @DELETE
    @Path("/comments/{id}")
    @RolesAllowed({Roles.REVIEWER, MANAGER, ADMIN})
    public Response deleteComment(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam(IF_MATCH) String ifMatch) {
        issues.deleteComment(ca, letter, id, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    private <E extends PanacheEntity, I> Response addPart(String ca, String letter, IssuePart<E, I> part, I request,
            Function<E, Object> json) {
        E record = issues.addPart(ca, letter, part, request);
        return created(ca, letter, "/" + part.segment() + "/" + record.id, json.apply(record), part.version().applyAsLong(record));
    }

    private <E extends PanacheEntity, I> Response updatePart(String ca, String letter, IssuePart<E, I> part, long id, String ifMatch,
            I request, Function<E, Object> json) {
        E record = issues.updatePart(ca, letter, part, id, request, expected(ifMatch, request == null ? null : part.inputVersion().apply(request)));
        return ETags.ok(json.apply(record), part.version().applyAsLong(record));
    }

    private static Response created(String ca, String letter, String path, Object body, long version) {
        return ETags.tagged(Response.created(URI.create(base(ca, letter) + path)), version).entity(body).build();
    }

    private static ExpectedVersion expected(String ifMatch, Long bodyVersion) {
        return ExpectedVersion.of(ifMatch, bodyVersion);
    }

    private static String base(String ca, String letter) {
        return "/api/cas/" + ca + "/issues/" + letter;
    }
}
