package org.casebook.issue.rest;

import org.casebook.issue.IssuePageUrls;
import org.casebook.ca.CaPageUrls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.casebook.evidence.service.EvidenceLinks;
import org.casebook.history.service.DeletedIssues;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.EvidenceLink;
import org.casebook.history.CaseFileHistory;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssueReference;
import org.casebook.issue.service.IssueInputs.CommentInput;
import org.casebook.evidence.service.EvidenceInput;
import org.casebook.issue.service.IssueInputs.IssueEdit;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.web.ApiException;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.FormPages;
import org.casebook.web.Inputs;
import org.casebook.web.MarkdownHtml;
import org.casebook.security.Viewer;
import org.casebook.claim.service.IssueClaims;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The forms managers edit an issue with (and reviewers comment with), and the issue's history page; the forms for
 * its statements, references and credits are {@link IssuePartPages}.
 * Plain HTML forms with the CSRF token; no script. Each change redirects to the page that shows it.
 */
@Path("/")
public class IssueEditPages {

    private static final String MANAGER = Roles.MANAGER;
    private static final String ADMIN = Roles.ADMIN;

    /** The issue form's fields as typed, so that a form with a mistake comes back as it was sent. */
    public record IssueFields(String title, String status, String category, String periodStart, String periodEnd,
            String affectedCertificates, boolean affectedApproximate, String body, String assessment,
            boolean coveredInIncidentReport, boolean disclosedInAudit, String aliases, String reportedAt, String discoveredBy,
            String nextUpdate, String definingFindings, String version) {

        static IssueFields of(Issue i, List<String> definingFindings) {
            return new IssueFields(i.title, i.status.code(), i.category == null ? "" : i.category.code(), i.periodStart, i.periodEnd,
                    i.affectedCertificates == null ? "" : i.affectedCertificates.toString(), i.affectedApproximate, i.body, i.assessment,
                    i.coveredInIncidentReport, i.disclosedInAudit, String.join("\n", i.aliases),
                    i.reportedAt == null ? "" : i.reportedAt.toString(), i.discoveredBy == null ? "" : i.discoveredBy.code(),
                    i.nextUpdate == null ? "" : i.nextUpdate.toString(), String.join(" ", definingFindings),
                    Long.toString(i.version));
        }

        /** The fields as typed, with the version to send back: the current one after a stale save. */
        IssueFields withVersion(Long current) {
            return current == null ? this : new IssueFields(title, status, category, periodStart, periodEnd, affectedCertificates,
                    affectedApproximate, body, assessment, coveredInIncidentReport, disclosedInAudit, aliases, reportedAt, discoveredBy,
                    nextUpdate, definingFindings, current.toString());
        }

        /** The fields as a browser posts them: checkboxes as "true" or nothing. */
        static IssueFields typed(String title, String status, String category, String periodStart, String periodEnd,
                String affectedCertificates, String affectedApproximate, String body, String assessment,
                String coveredInIncidentReport, String disclosedInAudit, String aliases, String reportedAt, String discoveredBy,
                String nextUpdate, String definingFindings, String version) {
            return new IssueFields(title, status, category, periodStart, periodEnd, affectedCertificates,
                    Inputs.checked(affectedApproximate), body, assessment, Inputs.checked(coveredInIncidentReport),
                    Inputs.checked(disclosedInAudit), aliases, reportedAt, discoveredBy, nextUpdate, definingFindings, version);
        }

        static IssueFields blank() {
            return new IssueFields("", "suspected", "", "", "", "", false, "", "", false, false, "", "", "", "", "", "");
        }

        IssueEdit toEdit() {
            return new IssueEdit(title, status, Inputs.blankToNull(category), Inputs.blankToNull(periodStart), Inputs.blankToNull(periodEnd),
                    Inputs.integer("affectedCertificates", affectedCertificates), affectedApproximate, body, assessment,
                    coveredInIncidentReport, disclosedInAudit, Inputs.lines(aliases))
                    .withClocks(reportedAt, discoveredBy, nextUpdate)
                    .withDefiningFindings(definingFindings == null || definingFindings.isBlank() ? List.of()
                            : List.of(definingFindings.strip().split("[\\s,]+")));
        }
    }

    /** As {@code CommentInput}'s size limit. */
    private static final int COMMENT_MAX_LENGTH = 20_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance issueForm(Viewer viewer, CertificationAuthority ca, Issue issue, String after, IssueFields form,
                RawString preview, String error, List<CaStatement> statements, List<IssueReference> references,
                List<IssueCredit> credits, List<EvidenceLink> evidence);

        static native TemplateInstance commentForm(Viewer viewer, CertificationAuthority ca, Issue issue, String text, int maxLength,
                String error);

        static native TemplateInstance history(Viewer viewer, CertificationAuthority ca, String letter, Issue issue,
                List<CaseFileHistory.Revision> revisions);
    }

    @Inject
    IssueService issues;

    @Inject
    EvidenceLinks evidence;

    @Inject
    IssueClaims claims;

    @Inject
    DeletedIssues deletedIssues;

    @Inject
    CaseFileHistory history;

    @Inject
    SecurityIdentity identity;

    // --- the issue itself -------------------------------------------------------------------------

    @GET
    @Path("cas/{ca}/issues/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance newIssue(@PathParam("ca") String ca, @QueryParam("after") String after) {
        CertificationAuthority owner = issues.ca(ca);
        if (after != null && !after.isBlank()) {
            issues.issue(ca, after);
        }
        return newIssueForm(owner, after, IssueFields.blank(), null, null);
    }

    @POST
    @Path("cas/{ca}/issues/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response createIssue(@PathParam("ca") String ca, @RestForm String after, @RestForm String title, @RestForm String status,
            @RestForm String category, @RestForm String periodStart, @RestForm String periodEnd, @RestForm String affectedCertificates,
            @RestForm String affectedApproximate, @RestForm String body, @RestForm String assessment,
            @RestForm String coveredInIncidentReport, @RestForm String disclosedInAudit, @RestForm String aliases,
            @RestForm String reportedAt, @RestForm String discoveredBy, @RestForm String nextUpdate,
            @RestForm String definingFindings, @RestForm String action) {
        CertificationAuthority owner = issues.ca(ca);
        IssueFields form = IssueFields.typed(title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate,
                body, assessment, coveredInIncidentReport, disclosedInAudit, aliases, reportedAt, discoveredBy, nextUpdate,
                definingFindings, "");
        if ("preview".equals(action)) {
            return Response.ok(newIssueForm(owner, after, form, preview(body), null)).build();
        }
        return FormPages.submit(() -> {
            Issue created = claims.createIssue(ca, Inputs.blankToNull(after), form.toEdit());
            return IssuePageUrls.page(ca, created.letter);
        }, error -> newIssueForm(owner, after, form, null, error));
    }

    private TemplateInstance newIssueForm(CertificationAuthority ca, String after, IssueFields form, RawString preview, String error) {
        return Templates.issueForm(Viewer.of(identity), ca, null, after, form, preview, error, List.of(), List.of(), List.of(), List.of());
    }

    @GET
    @Path("cas/{ca}/issues/{letter}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance editIssue(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        Issue issue = issues.issue(ca, letter);
        return editForm(issue, IssueFields.of(issue, claims.definingFindings(issue)), null, null);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateIssue(@PathParam("ca") String ca, @PathParam("letter") String letter, @RestForm String title,
            @RestForm String status, @RestForm String category, @RestForm String periodStart, @RestForm String periodEnd,
            @RestForm String affectedCertificates, @RestForm String affectedApproximate, @RestForm String body,
            @RestForm String assessment, @RestForm String coveredInIncidentReport, @RestForm String disclosedInAudit,
            @RestForm String aliases, @RestForm String reportedAt, @RestForm String discoveredBy, @RestForm String nextUpdate,
            @RestForm String definingFindings, @RestForm String action, @RestForm String version) {
        Issue issue = issues.issue(ca, letter);
        IssueFields form = IssueFields.typed(title, status, category, periodStart, periodEnd, affectedCertificates, affectedApproximate,
                body, assessment, coveredInIncidentReport, disclosedInAudit, aliases, reportedAt, discoveredBy, nextUpdate,
                definingFindings, version);
        if ("preview".equals(action)) {
            return Response.ok(editForm(issue, form, preview(body), null)).build();
        }
        return FormPages.submitEdit(() -> claims.updateIssue(ca, letter, form.toEdit(), false, ExpectedVersion.form(version)),
                IssuePageUrls.page(ca, letter), (error, current) -> editForm(issues.issue(ca, letter), form.withVersion(current), null, error));
    }

    private TemplateInstance editForm(Issue issue, IssueFields form, RawString preview, String error) {
        IssueService.Parts parts = issues.parts(issue);
        return Templates.issueForm(Viewer.of(identity), issue.ca, issue, null, form, preview, error, parts.statements(),
                parts.references(), parts.credits(), evidence.forIssue(issue));
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteIssue(@PathParam("ca") String ca, @PathParam("letter") String letter, @RestForm String confirm) {
        Issue issue = issues.issue(ca, letter);
        if (!Inputs.checked(confirm)) {
            return Response.status(400).entity(editForm(issue, IssueFields.of(issue, claims.definingFindings(issue)), null,
                    "confirm: tick the box to delete issue " + letter + " (it stays in the history and can be restored)")).build();
        }
        deletedIssues.delete(ca, letter);
        return FormPages.seeOther(CaPageUrls.history(ca) + "#deleted");
    }

    private static RawString preview(String body) {
        return new RawString(MarkdownHtml.render(body));
    }

    // --- evidence links and comments ---------------------------------------------------------------

    /** Links a stored certificate (by SHA-256) to the issue, or changes the note of one already linked. */
    @POST
    @Path("cas/{ca}/issues/{letter}/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response linkEvidence(@PathParam("ca") String ca, @PathParam("letter") String letter, @RestForm String sha256,
            @RestForm String note, @RestForm String version) {
        Issue issue = issues.issue(ca, letter);
        Long expected = ExpectedVersion.form(version).version();
        return FormPages.submit(() -> evidence.linkEvidence(ca, letter, new EvidenceInput(Inputs.blankToNull(sha256), note, expected)),
                IssuePageUrls.edit(ca, letter) + "#evidence", error -> editForm(issue, IssueFields.of(issue, claims.definingFindings(issue)), null, error));
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/evidence/{sha256}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response unlinkEvidence(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("sha256") String sha256) {
        evidence.unlinkEvidence(ca, letter, sha256);
        return FormPages.seeOther(IssuePageUrls.edit(ca, letter) + "#evidence");
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.REVIEWER, MANAGER, ADMIN})
    public Response comment(@PathParam("ca") String ca, @PathParam("letter") String letter, @RestForm String text) {
        Issue issue = issues.issue(ca, letter);
        return FormPages.submit(() -> issues.comment(ca, letter, new CommentInput(text)), IssuePageUrls.page(ca, letter) + "#comments",
                error -> commentForm(issue, text, error));
    }

    /** The comment form again with the problem named; what was typed comes back unless it is far over the limit. */
    private TemplateInstance commentForm(Issue issue, String text, String error) {
        boolean keep = text == null || text.length() <= 4 * COMMENT_MAX_LENGTH;
        String problem = keep ? error : error + " (the text, " + text.length() + " characters, is not shown again)";
        return Templates.commentForm(Viewer.of(identity), issue.ca, issue, keep ? text : null, COMMENT_MAX_LENGTH, problem);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/comments/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.REVIEWER, MANAGER, ADMIN})
    public Response deleteComment(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id) {
        issues.deleteComment(ca, letter, id);
        return FormPages.seeOther(IssuePageUrls.page(ca, letter) + "#comments");
    }

    // --- history -----------------------------------------------------------------------------------

    @GET
    @Path("cas/{ca}/issues/{letter}/history")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance history(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        CertificationAuthority owner = issues.ca(ca);
        List<CaseFileHistory.Revision> revisions = history.of(owner, letter);
        if (revisions.isEmpty()) {
            throw ApiException.notFound("CA '" + ca + "' has no issue '" + letter + "', now or deleted");
        }
        Issue current = issues.findByLetter(owner, letter).orElse(null);
        return Templates.history(Viewer.of(identity), owner, letter, current, revisions);
    }
}
