package org.casebook.incident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.casebook.incident.IncidentQuestion;
import org.casebook.incident.IncidentReport;
import org.casebook.incident.service.IncidentQuestions;
import org.casebook.incident.service.IncidentReports;
import org.casebook.incident.service.ReportInputs.QuestionChange;
import org.casebook.incident.service.ReportInputs.QuestionInput;
import org.casebook.incident.service.ReportInputs.ReportInput;
import org.casebook.security.Roles;
import org.casebook.web.ETags;
import org.casebook.web.ExpectedVersion;

/** An issue's incident reports and the questions put to its CA. */
@Path("/api/cas/{ca}/issues/{letter}")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    IncidentReports reports;

    @Inject
    IncidentQuestions questions;

    @GET
    @Path("/reports")
    public List<IncidentJson.Report> reports(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        return reports.forIssue(reports.issue(ca, letter)).stream().map(IncidentJson.Report::of).toList();
    }

    @GET
    @Path("/reports/{id}")
    public Response report(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id) {
        IncidentReport report = reports.report(ca, letter, id);
        return ETags.ok(IncidentJson.Report.of(report), report.version);
    }

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response recordReport(@PathParam("ca") String ca, @PathParam("letter") String letter, ReportInput request) {
        IncidentReport report = reports.record(ca, letter, request);
        return ETags.tagged(Response.created(URI.create("/api/cas/" + ca + "/issues/" + letter + "/reports/" + report.id)), report.version)
                .entity(IncidentJson.Report.of(report)).build();
    }

    @GET
    @Path("/questions")
    public List<IncidentJson.Question> questions(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        return questions.forIssue(reports.issue(ca, letter)).stream().map(IncidentJson.Question::of).toList();
    }

    @GET
    @Path("/questions/{id}")
    public Response question(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id) {
        IncidentQuestion question = questions.question(ca, letter, id);
        return ETags.ok(IncidentJson.Question.of(question), question.version);
    }

    @POST
    @Path("/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response ask(@PathParam("ca") String ca, @PathParam("letter") String letter, QuestionInput request) {
        IncidentQuestion question = questions.ask(ca, letter, request);
        return ETags.tagged(Response.created(URI.create("/api/cas/" + ca + "/issues/" + letter + "/questions/" + question.id)),
                question.version).entity(IncidentJson.Question.of(question)).build();
    }

    @PATCH
    @Path("/questions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response changeQuestion(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, QuestionChange request) {
        IncidentQuestion question = questions.change(ca, letter, id, request,
                ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ETags.ok(IncidentJson.Question.of(question), question.version);
    }
}
