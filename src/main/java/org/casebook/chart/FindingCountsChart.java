package org.casebook.chart;

import java.util.ArrayList;
import java.util.List;

/** How many certificates carry each finding code, as horizontal bars coloured and lettered by severity. */
public final class FindingCountsChart {

    public static final String NAME = "findings";
    public static final String TITLE = "Certificates per finding code";

    /** One finding code, its severity ("error", "warning", "notice") and how many certificates carry it. */
    public record CodeCount(String code, String severity, long certificates) {
    }

    private static final int LEFT = 290;
    private static final int TOP = 16;
    private static final int ROW_H = 18;
    private static final int PLOT_W = 300;

    private FindingCountsChart() {
    }

    public static Chart draw(List<CodeCount> counts, long certificates) {
        long max = counts.stream().mapToLong(CodeCount::certificates).max().orElse(1);
        String description = counts.isEmpty() ? "None of the " + certificates + " certificates carries a finding."
                : counts.size() + " finding codes over " + certificates + " certificates; the most common is " + counts.get(0).code()
                        + " on " + counts.get(0).certificates() + ".";
        SvgWriter svg = new SvgWriter("chart-" + NAME, LEFT + PLOT_W + 70, TOP + Math.max(1, counts.size()) * ROW_H + 30, TITLE, description);
        for (int i = 0; i < counts.size(); i++) {
            CodeCount count = counts.get(i);
            double y = TOP + i * ROW_H;
            double w = PLOT_W * count.certificates() / (double) Math.max(1, max);
            svg.text(LEFT - 8, y + ROW_H * 0.7, count.code(), "end", ChartPalette.INK, 11);
            svg.rect(LEFT, y + 2, w, ROW_H - 4, ChartPalette.severity(count.severity()), null, count.code() + ": " + count.certificates());
            svg.text(LEFT + w + 6, y + ROW_H * 0.7, count.certificates() + " (" + count.severity() + ")", "start", ChartPalette.INK, 10);
        }
        svg.text(LEFT, TOP + Math.max(1, counts.size()) * ROW_H + 20, "vermillion: error, orange: warning, sky blue: notice", "start",
                ChartPalette.MUTED, 10);
        List<List<String>> rows = new ArrayList<>();
        for (CodeCount count : counts) {
            rows.add(List.of(count.code(), count.severity(), Long.toString(count.certificates())));
        }
        return new Chart(NAME, TITLE, description, svg.finish(), new Chart.Table(List.of("Finding", "Severity", "Certificates"), rows));
    }
}
