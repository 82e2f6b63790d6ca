package org.casebook.report.rest;

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
import java.util.List;
import org.casebook.evidence.service.EvidenceLinks;
import org.casebook.issue.service.IssueService;
import org.casebook.report.service.CorpusReports;
import org.casebook.security.Roles;
import org.casebook.web.ApiException;
import org.casebook.web.HeavyWork;

/** The corpus report as JSON, and filing a selection of its certificates as evidence for an issue. */
@Path("/api/cas/{ca}/corpus")
@Produces(MediaType.APPLICATION_JSON)
public class CorpusReportResource {

    @Inject
    CorpusReports reports;

    @Inject
    EvidenceLinks evidence;

    @Inject
    IssueService issues;

    /** Certificates to file as evidence for the CA's issue {@code letter}, with one note for all (optional). */
    public record Filing(String letter, List<String> sha256, String note) {
    }

    @GET
    @HeavyWork
    public Response report(@PathParam("ca") String slug) {
        CorpusReports.Answer answer = reports.report(slug);
        if (answer.report() == null || !answer.current()) {
            return CorpusReportPages.computing(answer);
        }
        return Response.ok(CorpusReportJson.of(answer.report())).build();
    }

    @POST
    @Path("/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response file(@PathParam("ca") String slug, Filing filing) {
        if (filing == null || filing.letter() == null || filing.letter().isBlank()) {
            // The CA is looked up first, so that a missing CA is a 404 whatever the body.
            issues.ca(slug);
            throw ApiException.badRequest("letter: required, the issue to file the certificates for");
        }
        EvidenceLinks.BulkFiled filed = evidence.linkAll(slug, filing.letter().strip(), filing.sha256(), filing.note());
        return Response.ok(filed).build();
    }
}
