package org.casebook.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casebook.analysis.calendar.WorkingCalendar;
import org.casebook.analysis.calendar.WorkingCalendars;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The charts as drawn: well-formed SVG with a title and a description, and tables that hold the numbers drawn. */
class ChartDrawingTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar CHINA = WorkingCalendars.bundled().forCountry("CN");

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The chart's SVG parses as XML, with a title and a description the root points screen readers at. */
    static Document wellFormed(Chart chart) throws Exception {
        Document svg = parse(chart.svg());
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        Element title = (Element) root.getElementsByTagName("title").item(0);
        Element desc = (Element) root.getElementsByTagName("desc").item(0);
        assertTrue(title.getTextContent().startsWith(chart.title()), title.getTextContent());
        assertEquals(chart.description(), desc.getTextContent());
        assertTrue(root.getAttribute("aria-labelledby").contains(title.getAttribute("id")));
        assertTrue(root.getAttribute("aria-labelledby").contains(desc.getAttribute("id")));
        assertFalse(chart.svg().contains("style="), "no style attribute: the Content-Security-Policy allows no inline style");
        assertFalse(chart.svg().contains("<script"), "no script");
        return svg;
    }

    private static List<String> row(Chart chart, String first) {
        return chart.table().rows().stream().filter(r -> r.get(0).startsWith(first)).findFirst().orElseThrow();
    }

    @Test
    void heatMapCountsNotBeforesByLocalWeekdayAndHourAndMarksDaysOff() throws Exception {
        List<Instant> notBefores = new ArrayList<>();
        // 10 on working Mondays at 10:00 Shanghai; 13 on a Saturday, 66 on a Sunday (as in the seed's Issue S);
        // one on National Day 2016, a Monday off, at 15:00.
        for (int i = 0; i < 10; i++) {
            notBefores.add(Instant.parse("2015-11-02T02:00:00Z").plus(Duration.ofDays(7L * i)));
        }
        for (int i = 0; i < 13; i++) {
            notBefores.add(Instant.parse("2015-12-19T01:00:00Z").plusSeconds(60L * i));
        }
        for (int i = 0; i < 66; i++) {
            notBefores.add(Instant.parse("2015-12-20T14:30:00Z").plusSeconds(20L * i));
        }
        notBefores.add(Instant.parse("2016-10-03T07:00:00Z"));
        Chart chart = WeekdayHourHeatMap.draw(notBefores, SHANGHAI, CHINA, "CN, Asia/Shanghai");
        wellFormed(chart);
        List<String> monday = row(chart, "Monday");
        assertEquals("10", monday.get(1 + 10), "10:00 on Mondays");
        assertEquals("1", monday.get(1 + 15), "15:00 on National Day");
        assertEquals("11", monday.get(25), "Monday total");
        assertEquals("1", monday.get(26), "one Monday was a day off");
        List<String> saturday = row(chart, "Saturday");
        assertEquals("13", saturday.get(1 + 9));
        assertEquals("13", saturday.get(25));
        assertEquals("13", saturday.get(26));
        assertTrue(saturday.get(0).contains("weekend"));
        // 14:30Z on Sunday 20 December is 22:30 in Shanghai.
        assertEquals("66", row(chart, "Sunday").get(1 + 22));
        assertEquals("1", row(chart, "Public holidays").get(25));
        long total = chart.table().rows().stream().filter(r -> !r.get(0).startsWith("Public")).mapToLong(r -> Long.parseLong(r.get(25))).sum();
        assertEquals(notBefores.size(), total);
        assertTrue(chart.description().contains("Saturday 13, Sunday 66"), chart.description());
        assertTrue(chart.description().contains("80 fell on days off"), chart.description());
        assertTrue(chart.svg().contains("(day off)"), "weekend rows are said to be days off in words");
    }

    @Test
    void sctHistogramDrawsTheFortyEightHourLineWhereTheCheckDoes() throws Exception {
        List<Duration> delays = List.of(Duration.ofMinutes(-5), Duration.ofMinutes(10), Duration.ofHours(47), Duration.ofHours(48),
                Duration.ofHours(48).plusSeconds(1), Duration.ofDays(5), Duration.ofDays(40), Duration.ofDays(400));
        Chart chart = SctDelayHistogram.draw(delays);
        wellFormed(chart);
        assertEquals(List.of("before notBefore", "1", "no"), row(chart, "before notBefore"));
        assertEquals(List.of("24 to 48 hours", "2", "no"), row(chart, "24 to 48 hours"), "exactly 48 hours is within the limit");
        assertEquals(List.of("48 hours to 7 days", "2", "yes"), row(chart, "48 hours to 7 days"));
        assertEquals("1", row(chart, "30 to 365 days").get(1));
        assertEquals("1", row(chart, "over a year").get(1));
        assertTrue(chart.description().contains("; 4 of them carry an SCT dated more than 48 hours"), chart.description());
        assertTrue(chart.svg().contains("48 hours: later means backdated"));
    }

    @Test
    void validityScatterListsAFixedNotAfterTemplate() throws Exception {
        List<ChartCertificate> certificates = new ArrayList<>();
        Instant fixed = Instant.parse("2017-01-01T00:00:00Z");
        for (int day = 0; day < 12; day++) {
            certificates.add(new ChartCertificate("t" + day, Instant.parse("2016-03-01T02:00:00Z").plus(Duration.ofDays(day)), fixed, null));
        }
        certificates.add(new ChartCertificate("own", Instant.parse("2016-04-01T00:00:00Z"), Instant.parse("2017-04-01T00:00:00Z"), null));
        Chart chart = ValidityScatter.draw(certificates);
        Document svg = wellFormed(chart);
        assertEquals(1, chart.table().rows().size(), "only shared notAfter values are listed");
        assertEquals(List.of("2017-01-01T00:00:00Z", "12", "2016-03-01T02:00:00Z", "2016-03-12T02:00:00Z"), chart.table().rows().get(0));
        assertTrue(svg.getElementsByTagName("circle").getLength() >= 2);
        assertTrue(chart.description().contains("is on 12 certificates"), chart.description());
    }

    @Test
    void findingCountsEscapeWhatTheyDraw() throws Exception {
        Chart chart = FindingCountsChart.draw(List.of(new FindingCountsChart.CodeCount("w_backdated_by_sct", "warning", 66),
                new FindingCountsChart.CodeCount("<script>&\"", "error", 3)), 70);
        Document svg = wellFormed(chart);
        assertEquals(List.of("w_backdated_by_sct", "warning", "66"), chart.table().rows().get(0));
        assertTrue(svg.getDocumentElement().getTextContent().contains("<script>&\""), "the hostile code is text, not markup");
    }

    @Test
    void timelineDrawsIssuesAuditsAndMarksFromPartialDates() throws Exception {
        Chart chart = IssueTimeline.draw(
                List.of(new IssueTimeline.IssueBar("S", "Backdated SHA-1 certificates", "2015-12", "2016-01"),
                        new IssueTimeline.IssueBar("X", "Undated", null, null),
                        new IssueTimeline.IssueBar("D", "Long-lived", "2016", null)),
                List.of(new IssueTimeline.AuditBar("Ernst & Young", LocalDate.parse("2015-01-01"), LocalDate.parse("2015-12-31"))),
                List.of(new IssueTimeline.Mark(IssueTimeline.MarkKind.OWNERSHIP, LocalDate.parse("2015-11-01"), "Qihoo 360"),
                        new IssueTimeline.Mark(IssueTimeline.MarkKind.STATEMENT, LocalDate.parse("2016-09-16"), "Issue S"),
                        new IssueTimeline.Mark(IssueTimeline.MarkKind.REPORT, LocalDate.parse("2016-09-16"), "Issue S, full report"),
                        new IssueTimeline.Mark(IssueTimeline.MarkKind.REPORT, LocalDate.parse("2016-10-01"), "Issue S, closing report")));
        Document svg = wellFormed(chart);
        assertEquals("3 issues (2 with a period), 1 audit period, 1 ownership change, 1 dated statement and 2 dated incident reports.",
                chart.description());
        List<List<String>> reports = chart.table().rows().stream().filter(row -> row.get(0).equals("Incident report")).toList();
        assertEquals(List.of(List.of("Incident report", "Issue S, full report", "2016-09-16", ""),
                List.of("Incident report", "Issue S, closing report", "2016-10-01", "")), reports);
        List<String> tooltips = new ArrayList<>();
        org.w3c.dom.NodeList titles = svg.getElementsByTagName("title");
        for (int i = 0; i < titles.getLength(); i++) {
            tooltips.add(titles.item(i).getTextContent());
        }
        assertTrue(tooltips.contains("Incident report 2016-09-16: Issue S, full report"), tooltips.toString());
        assertTrue(tooltips.contains("Statement 2016-09-16: Issue S"), "a report on a statement's day does not replace its dot");
        assertEquals(List.of("Issue S", "Backdated SHA-1 certificates", "2015-12", "2016-01"), chart.table().rows().get(0));
        assertTrue(svg.getDocumentElement().getTextContent().contains("Ernst & Young"));
        assertEquals(LocalDate.parse("2016-02-29"), IssueTimeline.lastDay("2016-02").orElseThrow());
        assertEquals(LocalDate.parse("2016-01-01"), IssueTimeline.firstDay("2016").orElseThrow());
        assertTrue(IssueTimeline.firstDay("sometime").isEmpty());
    }

    @Test
    void weekendRowsFollowTheCalendar() {
        assertEquals(java.util.Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), CHINA.weekend());
    }
}
