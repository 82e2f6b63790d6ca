package org.casebook.chart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * notBefore against notAfter, one dot per certificate (certificates that land on the same pixel share a dot,
 * drawn larger). Certificates made with a fixed validity line up on a diagonal; a fixed-notAfter template shows
 * as a horizontal line, one notAfter for many notBefores. The table lists the notAfter instants most shared.
 */
public final class ValidityScatter {

    public static final String NAME = "validity";
    public static final String TITLE = "notBefore against notAfter";

    /** Shared notAfter instants listed in the table, most shared first. */
    static final int TABLE_ROWS = 20;

    private static final int LEFT = 80;
    private static final int TOP = 20;
    private static final int PLOT = 360;

    private ValidityScatter() {
    }

    public static Chart draw(List<ChartCertificate> certificates) {
        Map<Instant, List<Instant>> byNotAfter = new HashMap<>();
        for (ChartCertificate c : certificates) {
            byNotAfter.computeIfAbsent(c.notAfter(), k -> new ArrayList<>()).add(c.notBefore());
        }
        List<Map.Entry<Instant, List<Instant>>> shared = byNotAfter.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.<Map.Entry<Instant, List<Instant>>>comparingInt(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(TABLE_ROWS).toList();
        String description = describe(certificates, shared);
        SvgWriter svg = new SvgWriter("chart-" + NAME, LEFT + PLOT + 30, TOP + PLOT + 60, TITLE, description);
        if (!certificates.isEmpty()) {
            Instant firstBefore = certificates.stream().map(ChartCertificate::notBefore).min(Comparator.naturalOrder()).orElseThrow();
            Instant lastBefore = certificates.stream().map(ChartCertificate::notBefore).max(Comparator.naturalOrder()).orElseThrow();
            Instant firstAfter = certificates.stream().map(ChartCertificate::notAfter).min(Comparator.naturalOrder()).orElseThrow();
            Instant lastAfter = certificates.stream().map(ChartCertificate::notAfter).max(Comparator.naturalOrder()).orElseThrow();
            TimeAxis x = new TimeAxis(firstBefore, lastBefore, LEFT, PLOT);
            // Upwards: later notAfter higher.
            TimeAxis y = new TimeAxis(firstAfter, lastAfter, TOP + PLOT, -PLOT);
            svg.rect(LEFT, TOP, PLOT, PLOT, null, ChartPalette.GRID);
            for (var tick : x.ticks()) {
                svg.line(x.at(tick), TOP + PLOT, x.at(tick), TOP + PLOT + 4, ChartPalette.INK, 1, false);
                svg.text(x.at(tick), TOP + PLOT + 16, TimeAxis.label(tick), "middle", ChartPalette.INK, 10);
            }
            for (var tick : y.ticks()) {
                svg.line(LEFT - 4, y.at(tick), LEFT, y.at(tick), ChartPalette.INK, 1, false);
                svg.text(LEFT - 6, y.at(tick) + 4, TimeAxis.label(tick), "end", ChartPalette.INK, 10);
            }
            Map<Long, long[]> dots = new LinkedHashMap<>();
            for (ChartCertificate c : certificates) {
                long px = Math.round(x.at(c.notBefore()));
                long py = Math.round(y.at(c.notAfter()));
                dots.computeIfAbsent(px * 100_000 + py, k -> new long[] {px, py, 0})[2]++;
            }
            for (long[] dot : dots.values()) {
                double r = Math.min(6, 2 + Math.log(dot[2]));
                svg.circle(dot[0], dot[1], r, ChartPalette.BLUE, dot[2] > 1 ? dot[2] + " certificates" : null);
            }
        }
        svg.text(LEFT + PLOT / 2.0, TOP + PLOT + 36, "notBefore", "middle", ChartPalette.INK, 11);
        svg.verticalText(14, TOP + PLOT / 2.0, "notAfter");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Instant, List<Instant>> e : shared) {
            TreeMap<Instant, Boolean> sorted = new TreeMap<>();
            e.getValue().forEach(nb -> sorted.put(nb, true));
            rows.add(List.of(e.getKey().toString(), Integer.toString(e.getValue().size()), sorted.firstKey().toString(), sorted.lastKey().toString()));
        }
        return new Chart(NAME, TITLE, description, svg.finish(),
                new Chart.Table(List.of("Shared notAfter", "Certificates", "Earliest notBefore", "Latest notBefore"), rows));
    }

    private static String describe(List<ChartCertificate> certificates, List<Map.Entry<Instant, List<Instant>>> shared) {
        if (certificates.isEmpty()) {
            return "No certificates to show.";
        }
        Instant first = certificates.stream().map(ChartCertificate::notBefore).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = certificates.stream().map(ChartCertificate::notBefore).max(Comparator.naturalOrder()).orElseThrow();
        String text = certificates.size() + (certificates.size() == 1 ? " certificate" : " certificates") + " with notBefore from " + first
                + " to " + last + ". ";
        if (shared.isEmpty()) {
            return text + "No two of them share a notAfter.";
        }
        Map.Entry<Instant, List<Instant>> top = shared.get(0);
        return text + "The most shared notAfter, " + top.getKey() + ", is on " + top.getValue().size()
                + " certificates: a horizontal line of dots, as a fixed-notAfter template draws.";
    }
}
