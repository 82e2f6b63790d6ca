package org.casebook.report.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.casebook.chart.Chart;
import org.casebook.issue.service.IssueService;
import org.casebook.report.service.ChartData;
import org.casebook.report.service.CorpusReports;
import org.casebook.web.HeavyWork;

/** Each chart at its own URL, as an SVG document: what the Markdown exports link to and the pages offer. */
@Path("/")
public class ChartPages {

    public static final String SVG = "image/svg+xml";

    @Inject
    IssueService issues;

    @Inject
    ChartData charts;

    @Inject
    CorpusReports reports;

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/issues/{letter: [A-Z]+}/charts/{chart: [a-z-]+}.svg")
    @Produces(SVG)
    @HeavyWork
    public Response issueChart(@PathParam("ca") String slug, @PathParam("letter") String letter, @PathParam("chart") String name) {
        return svg(charts.issueChart(issues.issue(slug, letter), name));
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/charts/timeline.svg")
    @Produces(SVG)
    public Response timeline(@PathParam("ca") String slug) {
        return svg(charts.caTimeline(issues.ca(slug)));
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/corpus/charts/{chart: [a-z-]+}.svg")
    @Produces(SVG)
    @HeavyWork
    public Response corpusChart(@PathParam("ca") String slug, @PathParam("chart") String name) {
        CorpusReports.Answer answer = reports.report(slug);
        if (answer.report() == null) {
            return CorpusReportPages.computing(answer);
        }
        return svg(ChartData.named(answer.report().charts(), name, "the corpus report has no chart '" + name + "' (it has: "
                + String.join(", ", ChartData.CERTIFICATE_CHARTS) + ")"));
    }

    static Response svg(Chart chart) {
        return Response.ok(chart.svg(), SVG).build();
    }
}
