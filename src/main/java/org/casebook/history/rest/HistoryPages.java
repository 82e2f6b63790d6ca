package org.casebook.history.rest;

import org.casebook.issue.IssuePageUrls;
import io.quarkus.qute.CheckedTemplate;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.service.CaService;
import org.casebook.history.CaseFileHistory;
import org.casebook.history.service.DeletedIssues;
import org.casebook.issue.Issue;
import org.casebook.security.Roles;
import org.casebook.security.Viewer;
import org.casebook.web.FormPages;

/** A CA's history page, with the deleted issues a manager can restore. */
@Path("/")
public class HistoryPages {

    private static final String MANAGER = Roles.MANAGER;
    private static final String ADMIN = Roles.ADMIN;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caHistory(Viewer viewer, CertificationAuthority ca, List<CaseFileHistory.Revision> revisions,
                List<CaseFileHistory.DeletedIssue> deleted);
    }

    @Inject
    CaService cas;

    @Inject
    CaseFileHistory history;

    @Inject
    DeletedIssues deletedIssues;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("cas/{ca}/history")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance caHistory(@PathParam("ca") String slug) {
        CertificationAuthority ca = cas.ca(slug);
        return Templates.caHistory(Viewer.of(identity), ca, history.ofCa(ca), deletedIssues.deleted(slug));
    }

    @POST
    @Path("cas/{ca}/deleted-issues/{letter}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response restore(@PathParam("ca") String slug, @PathParam("letter") String letter) {
        Issue issue = deletedIssues.restore(slug, letter);
        return FormPages.seeOther(IssuePageUrls.page(slug, issue.letter));
    }

}
