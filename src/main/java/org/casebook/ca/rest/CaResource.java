package org.casebook.ca.rest;

import org.casebook.ca.service.CaInputs;
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
import java.util.List;
import org.casebook.audit.service.AuditService;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.service.CaService;
import org.casebook.crosssign.service.CrossSignService;
import org.casebook.issue.Issue;
import org.casebook.issue.rest.IssueDetails;
import org.casebook.issue.rest.IssueJson.IssueSummary;
import org.casebook.issue.service.IssueInputs.NewIssue;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ETags;
import org.casebook.web.ExpectedVersion;

/** The case file as JSON: CAs, their issues, audits and cross-signs. */
@Path("/api/cas")
@Produces(MediaType.APPLICATION_JSON)
public class CaResource {

    @Inject
    IssueService issues;

    @Inject
    CaService cas;

    @Inject
    AuditService audits;

    @Inject
    CrossSignService crossSigns;

    @Inject
    IssueDetails details;

    @GET
    public List<CaJson.CaSummary> list() {
        return cas.listByName().stream()
                .map(ca -> CaJson.CaSummary.of(ca, issues.countForCa(ca)))
                .toList();
    }

    @GET
    @Path("/{ca}")
    public Response get(@PathParam("ca") String slug) {
        CertificationAuthority ca = issues.ca(slug);
        return ETags.ok(detail(ca), ca.version);
    }

    private CaJson.CaDetail detail(CertificationAuthority ca) {
        return new CaJson.CaDetail(ca.slug, ca.name, ca.country, ca.timeZone, ca.website, ca.description,
                issues.countForCa(ca), cas.ownershipInvolving(ca).stream().map(CaJson.Ownership::of).toList(), ca.version);
    }

    @GET
    @Path("/{ca}/issues")
    public List<IssueSummary> issues(@PathParam("ca") String slug) {
        return issues.listForCa(issues.ca(slug)).stream().map(IssueSummary::of).toList();
    }

    @GET
    @Path("/{ca}/issues/{letter}")
    public Response issue(@PathParam("ca") String slug, @PathParam("letter") String letter) {
        Issue issue = issues.issue(slug, letter);
        return ETags.ok(details.of(issue), issue.version);
    }

    @POST
    @Path("/{ca}/issues")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response create(@PathParam("ca") String slug, NewIssue request) {
        Issue created = issues.create(slug, request);
        return ETags.tagged(Response.created(URI.create("/api/cas/" + slug + "/issues/" + created.letter)), created.version)
                .entity(details.of(created)).build();
    }

    @GET
    @Path("/{ca}/audits")
    public List<CaJson.Audit> audits(@PathParam("ca") String slug) {
        return audits.rows(issues.ca(slug)).stream().map(CaJson.Audit::of).toList();
    }

    @GET
    @Path("/{ca}/cross-signs")
    public List<CaJson.CrossSignJson> crossSigns(@PathParam("ca") String slug) {
        return crossSigns.forCa(issues.ca(slug)).stream().map(CaJson.CrossSignJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response createCa(CaInputs.CaInput request) {
        CertificationAuthority ca = cas.create(request);
        return ETags.tagged(Response.created(URI.create("/api/cas/" + ca.slug)), ca.version).entity(detail(ca)).build();
    }

    @PUT
    @Path("/{ca}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response updateCa(@PathParam("ca") String slug, @HeaderParam("If-Match") String ifMatch, CaInputs.CaInput request) {
        CertificationAuthority ca = cas.update(slug, request, ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ETags.ok(detail(ca), ca.version);
    }

    @DELETE
    @Path("/{ca}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response deleteCa(@PathParam("ca") String slug, @HeaderParam("If-Match") String ifMatch) {
        cas.delete(slug, ExpectedVersion.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
