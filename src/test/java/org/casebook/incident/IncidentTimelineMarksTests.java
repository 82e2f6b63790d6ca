package org.casebook.incident;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The CA page's time line marks the CA's dated incident reports: in the SVG, its description and its number table. */
@QuarkusTest
class IncidentTimelineMarksTests {

    @Inject
    TestCaseFiles caseFiles;

    private static Element timeline(String ca) {
        Document page = Jsoup.parse(given().get("/cas/" + ca).then().statusCode(200).extract().asString());
        Element figure = page.selectFirst("#figure-timeline");
        assertNotNull(figure, "no time line on /cas/" + ca);
        return figure;
    }

    private static List<String> reportRows(Element figure) {
        return figure.select("tbody tr:has(th:containsOwn(Incident report))").eachText();
    }

    @Test
    void wosignsOfficialReportsOnLNAndVAreMarkedAndItsUndatedFinalReportIsNot() {
        Element figure = timeline("wosign");
        String description = figure.selectFirst("svg desc").text();
        assertTrue(description.endsWith(" and 3 dated incident reports."), description);
        assertEquals(List.of("Incident report Issue L, full report filed 2016-09-04 2016-09-04",
                "Incident report Issue N, full report filed 2016-09-04 2016-09-04",
                "Incident report Issue V, full report filed 2016-09-04 2016-09-04"), reportRows(figure));

        String svg = given().get("/cas/wosign/charts/timeline.svg").then().statusCode(200).extract().asString();
        assertTrue(svg.contains("<title>Incident report 2016-09-04: Issue N, full report filed 2016-09-04</title>"), svg);
        assertTrue(svg.contains("vermillion squares: incident reports"));
    }

    @Test
    void aReportRecordedLaterAppearsOnTheDayItWasFiled() {
        caseFiles.createCa("timelinereports", "Timeline Reports Authority");
        caseFiles.user("timelinemanager", "manager");
        assertEquals(List.of(), reportRows(timeline("timelinereports")));

        given().auth().preemptive().basic("timelinemanager", "timelinemanager-pw").contentType("application/json")
                .body("{\"kind\":\"preliminary\",\"filedAt\":\"2016-08-26T23:30Z\",\"summary\":\"We are investigating the duplicate serial numbers.\"}")
                .post("/api/cas/timelinereports/issues/H/reports").then().statusCode(201);
        given().auth().preemptive().basic("timelinemanager", "timelinemanager-pw").contentType("application/json")
                .body("{\"kind\":\"closing\",\"filedAt\":\"2016-11-30T09:00Z\",\"summary\":\"The serial generator is replaced.\"}")
                .post("/api/cas/timelinereports/issues/H/reports").then().statusCode(201);

        Element figure = timeline("timelinereports");
        assertEquals(List.of("Incident report Issue H, preliminary report filed 2016-08-26 23:30 UTC 2016-08-26",
                "Incident report Issue H, closing report filed 2016-11-30 09:00 UTC 2016-11-30"), reportRows(figure));
        assertTrue(figure.selectFirst("svg desc").text().endsWith(" and 2 dated incident reports."), figure.selectFirst("svg desc").text());
    }
}
