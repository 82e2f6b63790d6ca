package org.casebook.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A CA's issues on a time line: each issue's period as a bar with its letter, the audit periods as bars on a
 * row of their own, and dated marks for ownership changes (diamonds), the CA's statements (dots) and its incident
 * reports (squares).
 */
public final class IssueTimeline {

    public static final String NAME = "timeline";
    public static final String TITLE = "Issues, audits, ownership changes, statements and incident reports over time";

    /** An issue: its letter, title and period as partial dates ("2016", "2016-03", "2016-03-01"; either may be null). */
    public record IssueBar(String letter, String title, String periodStart, String periodEnd) {
    }

    /** An audit period. */
    public record AuditBar(String label, LocalDate start, LocalDate end) {
    }

    /** What a dated mark stands for, with how the number table names it. */
    public enum MarkKind {
        OWNERSHIP("Ownership change"), STATEMENT("Statement"), REPORT("Incident report");

        private final String name;

        MarkKind(String name) {
            this.name = name;
        }

        public String tableName() {
            return name;
        }
    }

    /** A dated event on the CA's row of marks. */
    public record Mark(MarkKind kind, LocalDate on, String label) {
    }

    private static final int LEFT = 60;
    private static final int TOP = 34;
    private static final int ROW_H = 18;
    private static final int PLOT_W = 620;

    private IssueTimeline() {
    }

    public static Chart draw(List<IssueBar> issues, List<AuditBar> audits, List<Mark> marks) {
        List<LocalDate> all = new ArrayList<>();
        for (IssueBar issue : issues) {
            firstDay(issue.periodStart()).ifPresent(all::add);
            lastDay(issue.periodEnd() == null ? issue.periodStart() : issue.periodEnd()).ifPresent(all::add);
        }
        audits.forEach(a -> Stream.of(a.start(), a.end()).filter(Objects::nonNull).forEach(all::add));
        marks.forEach(m -> all.add(m.on()));
        List<IssueBar> dated = issues.stream().filter(i -> firstDay(i.periodStart()).isPresent()).toList();
        String description = describe(issues, dated, audits, marks);
        int rows = dated.size() + (audits.isEmpty() ? 0 : 1) + (marks.isEmpty() ? 0 : 1);
        int height = TOP + Math.max(1, rows) * ROW_H + 40;
        SvgWriter svg = new SvgWriter("chart-" + NAME, LEFT + PLOT_W + 40, height, TITLE, description);
        if (all.isEmpty()) {
            svg.text(LEFT, TOP + 12, "Nothing dated to draw.", "start", ChartPalette.MUTED, 11);
            return new Chart(NAME, TITLE, description, svg.finish(), table(issues, audits, marks));
        }
        LocalDate from = all.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = all.stream().max(Comparator.naturalOrder()).orElseThrow().plusDays(1);
        TimeAxis x = new TimeAxis(from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.atStartOfDay(ZoneOffset.UTC).toInstant(), LEFT, PLOT_W);
        double bottom = TOP + Math.max(1, rows) * ROW_H;
        for (LocalDate tick : x.ticks()) {
            svg.line(x.at(tick), TOP - 6, x.at(tick), bottom, ChartPalette.GRID, 0.5, true);
            svg.text(x.at(tick), TOP - 10, TimeAxis.label(tick), "middle", ChartPalette.INK, 10);
        }
        int row = 0;
        for (IssueBar issue : dated) {
            double y = TOP + row++ * ROW_H;
            LocalDate start = firstDay(issue.periodStart()).orElseThrow();
            LocalDate end = lastDay(issue.periodEnd() == null ? issue.periodStart() : issue.periodEnd()).orElse(start).plusDays(1);
            double x1 = x.at(start);
            double x2 = Math.max(x1 + 3, x.at(end));
            svg.text(LEFT - 8, y + ROW_H * 0.7, issue.letter(), "end", ChartPalette.INK, 11);
            svg.rect(x1, y + 3, x2 - x1, ROW_H - 6, ChartPalette.ORANGE, null, "Issue " + issue.letter() + ": " + issue.title() + " ("
                    + period(issue.periodStart(), issue.periodEnd()) + ")");
            svg.text(x2 + 4, y + ROW_H * 0.7, issue.letter(), "start", ChartPalette.INK, 10);
        }
        if (!audits.isEmpty()) {
            double y = TOP + row++ * ROW_H;
            svg.text(LEFT - 8, y + ROW_H * 0.7, "audits", "end", ChartPalette.INK, 10);
            for (AuditBar audit : audits) {
                LocalDate start = audit.start() == null ? audit.end() : audit.start();
                LocalDate end = audit.end() == null ? start : audit.end();
                if (start == null) {
                    continue;
                }
                double x1 = x.at(start);
                svg.rect(x1, y + 3, Math.max(3, x.at(end.plusDays(1)) - x1), ROW_H - 6, ChartPalette.BLUISH_GREEN, ChartPalette.INK,
                        "Audit " + audit.label() + " (" + start + " to " + end + ")");
            }
        }
        if (!marks.isEmpty()) {
            double y = TOP + row * ROW_H + ROW_H / 2.0;
            svg.text(LEFT - 8, y + 4, "events", "end", ChartPalette.INK, 10);
            for (Mark mark : marks) {
                String tooltip = mark.kind().tableName() + " " + mark.on() + ": " + mark.label();
                switch (mark.kind()) {
                    case OWNERSHIP -> svg.diamond(x.at(mark.on()), y, 6, ChartPalette.REDDISH_PURPLE, tooltip);
                    case STATEMENT -> svg.circle(x.at(mark.on()), y, 3.5, ChartPalette.BLUE, tooltip);
                    // a square, so that a report on the day of a statement is not hidden behind its dot
                    case REPORT -> svg.rect(x.at(mark.on()) - 4, y - 4, 8, 8, ChartPalette.VERMILLION, ChartPalette.INK, tooltip);
                }
            }
        }
        svg.text(LEFT, bottom + 24, "orange bars: issues by letter; green: audit periods; purple diamonds: ownership changes; blue dots: statements;"
                + " vermillion squares: incident reports", "start", ChartPalette.MUTED, 10);
        return new Chart(NAME, TITLE, description, svg.finish(), table(issues, audits, marks));
    }

    private static Chart.Table table(List<IssueBar> issues, List<AuditBar> audits, List<Mark> marks) {
        List<List<String>> rows = new ArrayList<>();
        for (IssueBar issue : issues) {
            rows.add(List.of("Issue " + issue.letter(), issue.title(), text(issue.periodStart()), text(issue.periodEnd())));
        }
        for (AuditBar audit : audits) {
            rows.add(List.of("Audit", audit.label(), text(audit.start()), text(audit.end())));
        }
        for (Mark mark : marks) {
            rows.add(List.of(mark.kind().tableName(), mark.label(), mark.on().toString(), ""));
        }
        return new Chart.Table(List.of("What", "Title", "From", "To"), rows);
    }

    private static String describe(List<IssueBar> issues, List<IssueBar> dated, List<AuditBar> audits, List<Mark> marks) {
        return count(issues.size(), "issue", "issues") + " (" + dated.size() + " with a period), "
                + count(audits.size(), "audit period", "audit periods") + ", "
                + count(count(marks, MarkKind.OWNERSHIP), "ownership change", "ownership changes") + ", "
                + count(count(marks, MarkKind.STATEMENT), "dated statement", "dated statements") + " and "
                + count(count(marks, MarkKind.REPORT), "dated incident report", "dated incident reports") + ".";
    }

    private static long count(List<Mark> marks, MarkKind kind) {
        return marks.stream().filter(m -> m.kind() == kind).count();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String period(String start, String end) {
        return text(start) + (end == null ? "" : " to " + end);
    }

    /** The first day of a partial date ("2016" is 1 January 2016). */
    public static java.util.Optional<LocalDate> firstDay(String partial) {
        return parse(partial, true);
    }

    /** The last day of a partial date ("2016-02" is 29 February 2016). */
    public static java.util.Optional<LocalDate> lastDay(String partial) {
        return parse(partial, false);
    }

    private static java.util.Optional<LocalDate> parse(String partial, boolean first) {
        if (partial == null || partial.isBlank()) {
            return java.util.Optional.empty();
        }
        String text = partial.strip();
        try {
            if (text.matches("\\d{4}")) {
                int year = Integer.parseInt(text);
                return java.util.Optional.of(first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return java.util.Optional.of(first ? month.atDay(1) : month.atEndOfMonth());
            }
            return java.util.Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }
}
