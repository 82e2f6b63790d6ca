package org.casebook.report.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.service.EvidenceLinks;
import org.casebook.export.service.CorpusReportMarkdown;
import org.casebook.issue.Issue;
import org.casebook.issue.IssuePageUrls;
import org.casebook.issue.service.IssueService;
import org.casebook.report.CorpusReport;
import org.casebook.report.service.CorpusReports;
import org.casebook.security.Roles;
import org.casebook.security.Viewer;
import org.casebook.web.FormPages;
import org.casebook.web.HeavyWork;
import org.casebook.web.MarkdownResponses;

/**
 * The corpus report of a CA as a page and as Markdown, the page listing the certificates behind one of its rows,
 * and the form on it that files them as evidence for an issue.
 */
@Path("/")
public class CorpusReportPages {

    /** Certificates listed (and offered for filing) on one selection page. */
    static final int SELECTION_PAGE = 1000;

    @Inject
    CorpusReports reports;

    @Inject
    IssueService issues;

    @Inject
    EvidenceLinks evidence;

    @Inject
    CorpusReportMarkdown markdown;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance corpusPage(Viewer viewer, CertificationAuthority ca, CorpusReport report, CorpusReports.Progress progress,
                List<String> weekdays, String corpusUrl);

        static native TemplateInstance corpusCertificates(Viewer viewer, CertificationAuthority ca, String selection, long total, List<String> shown,
                List<Issue> issues, String error);
    }

    static String url(String caSlug) {
        return "/cas/" + caSlug + "/corpus";
    }

    static String selectionUrl(String caSlug, String selection) {
        return url(caSlug) + "/certificates?select=" + URLEncoder.encode(selection, StandardCharsets.UTF_8);
    }

    /** While a report is being computed: 202 with how far it has come, and when to ask again. */
    static Response computing(CorpusReports.Answer answer) {
        CorpusReports.Progress progress = answer.progress();
        return Response.status(202).header("Retry-After", "5").type(MediaType.APPLICATION_JSON)
                .entity(Map.of("state", "computing", "done", progress.done(), "total", progress.total(), "startedAt", progress.startedAt().toString()))
                .build();
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/corpus")
    @Produces(MediaType.TEXT_HTML)
    @HeavyWork
    public TemplateInstance corpusPage(@PathParam("ca") String slug) {
        CertificationAuthority ca = issues.ca(slug);
        CorpusReports.Answer answer = reports.report(slug);
        return Templates.corpusPage(Viewer.of(identity), ca, answer.report(), answer.progress(), CorpusReports.weekdayNames(), url(slug));
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/corpus.md")
    @Produces(MarkdownResponses.MARKDOWN)
    @HeavyWork
    public Response corpusMarkdown(@PathParam("ca") String slug) {
        CorpusReports.Answer answer = reports.report(slug);
        if (answer.report() == null || !answer.current()) {
            return computing(answer);
        }
        return MarkdownResponses.inline(markdown.report(answer.report()), slug + "-corpus.md");
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/corpus/certificates")
    @Produces(MediaType.TEXT_HTML)
    @HeavyWork
    public TemplateInstance selection(@PathParam("ca") String slug, @QueryParam("select") @DefaultValue("all") String selection) {
        return selectionPage(slug, selection, null);
    }

    private TemplateInstance selectionPage(String slug, String selection, String error) {
        CertificationAuthority ca = issues.ca(slug);
        CorpusReport report = reports.report(slug).report();
        List<String> all = report == null ? List.of() : report.selection(selection);
        return Templates.corpusCertificates(Viewer.of(identity), ca, selection, all.size(), all.subList(0, Math.min(all.size(), SELECTION_PAGE)),
                issues.listForCa(ca), error);
    }

    @POST
    @Path("cas/{ca: [a-z0-9-]+}/corpus/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response fileSelection(@PathParam("ca") String slug, @FormParam("letter") String letter, @FormParam("sha256") List<String> sha256s,
            @FormParam("note") String note, @FormParam("select") String selection) {
        issues.ca(slug);
        return FormPages.submit(() -> {
            if (letter == null || letter.isBlank()) {
                throw org.casebook.web.ApiException.badRequest("letter: choose the issue to file the certificates for");
            }
            evidence.linkAll(slug, letter.strip(), sha256s, note);
            return IssuePageUrls.page(slug, letter.strip()) + "#evidence";
        }, error -> selectionPage(slug, selection == null ? "all" : selection, error));
    }
}
