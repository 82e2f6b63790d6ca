package org.casebook.issue.rest;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
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
import org.casebook.ca.CertificationAuthority;
import org.casebook.issue.CaStatement;
import org.casebook.issue.Issue;
import org.casebook.issue.IssueCredit;
import org.casebook.issue.IssuePageUrls;
import org.casebook.issue.IssueReference;
import org.casebook.issue.service.IssueInputs.CreditInput;
import org.casebook.issue.service.IssueInputs.ReferenceInput;
import org.casebook.issue.service.IssueInputs.StatementInput;
import org.casebook.issue.service.IssuePart;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Roles;
import org.casebook.security.Viewer;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.FormPages;
import org.casebook.web.Inputs;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Managers' forms for the parts of an issue: statements, references and credits. Each kind is described once
 * ({@link IssuePart}); the form posts share one create, change and delete path.
 */
@Path("/")
public class IssuePartPages {

    private static final String MANAGER = Roles.MANAGER;
    private static final String ADMIN = Roles.ADMIN;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statementForm(Viewer viewer, CertificationAuthority ca, Issue issue, Long id, StatementInput form,
                String error);

        static native TemplateInstance referenceForm(Viewer viewer, CertificationAuthority ca, Issue issue, Long id, ReferenceInput form,
                String error);

        static native TemplateInstance creditForm(Viewer viewer, CertificationAuthority ca, Issue issue, Long id, CreditInput form,
                String error);
    }

    @Inject
    IssueService issues;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("cas/{ca}/issues/{letter}/statements/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance newStatement(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        return statementForm(issues.issue(ca, letter), null, new StatementInput(null, null, "summary", null, null), null);
    }

    @GET
    @Path("cas/{ca}/issues/{letter}/statements/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance editStatement(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id) {
        CaStatement s = issues.part(ca, letter, IssuePart.STATEMENT, id);
        return statementForm(s.issue, id, new StatementInput(s.statedOn, s.speaker, s.kind.code(), s.text, s.sourceUrl, s.version), null);
    }

    @GET
    @Path("cas/{ca}/issues/{letter}/references/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance newReference(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        return referenceForm(issues.issue(ca, letter), null, new ReferenceInput("other", null, null, null), null);
    }

    @GET
    @Path("cas/{ca}/issues/{letter}/references/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance editReference(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id) {
        IssueReference r = issues.part(ca, letter, IssuePart.REFERENCE, id);
        return referenceForm(r.issue, id, new ReferenceInput(r.kind.code(), r.title, r.url, r.publishedOn, r.version), null);
    }

    @GET
    @Path("cas/{ca}/issues/{letter}/credits/new")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance newCredit(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        return creditForm(issues.issue(ca, letter), null, new CreditInput(null, null), null);
    }

    @GET
    @Path("cas/{ca}/issues/{letter}/credits/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public TemplateInstance editCredit(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id) {
        IssueCredit c = issues.part(ca, letter, IssuePart.CREDIT, id);
        return creditForm(c.issue, id, new CreditInput(c.person, c.contribution, c.version), null);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/statements/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response createStatement(@PathParam("ca") String ca, @PathParam("letter") String letter, @RestForm String statedOn,
            @RestForm String speaker, @RestForm String kind, @RestForm String text, @RestForm String sourceUrl) {
        return createPart(ca, letter, IssuePart.STATEMENT, statementInput(statedOn, speaker, kind, text, sourceUrl), this::statementForm);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/statements/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateStatement(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @RestForm String statedOn,
            @RestForm String speaker, @RestForm String kind, @RestForm String text, @RestForm String sourceUrl, @RestForm String version) {
        return updatePart(ca, letter, IssuePart.STATEMENT, id, statementInput(statedOn, speaker, kind, text, sourceUrl), version, this::statementForm);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/statements/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteStatement(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id) {
        return deletePart(ca, letter, IssuePart.STATEMENT, id);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/references/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response createReference(@PathParam("ca") String ca, @PathParam("letter") String letter, @RestForm String kind,
            @RestForm String title, @RestForm String url, @RestForm String publishedOn) {
        return createPart(ca, letter, IssuePart.REFERENCE, referenceInput(kind, title, url, publishedOn), this::referenceForm);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/references/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateReference(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @RestForm String kind,
            @RestForm String title, @RestForm String url, @RestForm String publishedOn, @RestForm String version) {
        return updatePart(ca, letter, IssuePart.REFERENCE, id, referenceInput(kind, title, url, publishedOn), version, this::referenceForm);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/references/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteReference(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id) {
        return deletePart(ca, letter, IssuePart.REFERENCE, id);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/credits/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response createCredit(@PathParam("ca") String ca, @PathParam("letter") String letter, @RestForm String person,
            @RestForm String contribution) {
        return createPart(ca, letter, IssuePart.CREDIT, new CreditInput(person, contribution), this::creditForm);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/credits/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({MANAGER, ADMIN})
    public Response updateCredit(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id,
            @RestForm String person,
            @RestForm String contribution, @RestForm String version) {
        return updatePart(ca, letter, IssuePart.CREDIT, id, new CreditInput(person, contribution), version, this::creditForm);
    }

    @POST
    @Path("cas/{ca}/issues/{letter}/credits/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({MANAGER, ADMIN})
    public Response deleteCredit(@PathParam("ca") String ca, @PathParam("letter") String letter, @PathParam("id") long id) {
        return deletePart(ca, letter, IssuePart.CREDIT, id);
    }

    /** Renders a part's form (statement, reference or credit) again with what was typed and the problem. */
    @FunctionalInterface
    interface PartForm<I> {
        TemplateInstance render(Issue issue, Long id, I form, String error);
    }

    private <E extends PanacheEntity, I> Response createPart(String ca, String letter, IssuePart<E, I> part, I form, PartForm<I> page) {
        Issue issue = issues.issue(ca, letter);
        return FormPages.submit(() -> issues.addPart(ca, letter, part, form), IssuePageUrls.page(ca, letter) + "#" + part.segment(),
                error -> page.render(issue, null, form, error));
    }

    private <E extends PanacheEntity, I> Response updatePart(String ca, String letter, IssuePart<E, I> part, long id, I typed,
            String version, PartForm<I> page) {
        Issue issue = issues.issue(ca, letter);
        ExpectedVersion expected = ExpectedVersion.form(version);
        I form = part.at(typed, expected.version());
        return FormPages.submitEdit(() -> issues.updatePart(ca, letter, part, id, form, expected), IssuePageUrls.page(ca, letter) + "#" + part.segment(),
                (error, current) -> page.render(issue, id, current == null ? form : part.at(form, current), error));
    }

    private <E extends PanacheEntity> Response deletePart(String ca, String letter, IssuePart<E, ?> part, long id) {
        issues.deletePart(ca, letter, part, id, ExpectedVersion.NONE);
        return FormPages.seeOther(IssuePageUrls.edit(ca, letter) + "#" + part.segment());
    }

    private static StatementInput statementInput(String statedOn, String speaker, String kind, String text, String sourceUrl) {
        return new StatementInput(Inputs.blankToNull(statedOn), speaker, kind, text, Inputs.blankToNull(sourceUrl));
    }

    private static ReferenceInput referenceInput(String kind, String title, String url, String publishedOn) {
        return new ReferenceInput(kind, title, Inputs.blankToNull(url), Inputs.blankToNull(publishedOn));
    }

    private TemplateInstance statementForm(Issue issue, Long id, StatementInput form, String error) {
        return Templates.statementForm(Viewer.of(identity), issue.ca, issue, id, form, error);
    }

    private TemplateInstance referenceForm(Issue issue, Long id, ReferenceInput form, String error) {
        return Templates.referenceForm(Viewer.of(identity), issue.ca, issue, id, form, error);
    }

    private TemplateInstance creditForm(Issue issue, Long id, CreditInput form, String error) {
        return Templates.creditForm(Viewer.of(identity), issue.ca, issue, id, form, error);
    }
}
