package org.casebook.chart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How long after notBefore the latest embedded SCT of each certificate is dated, as a histogram with the
 * 48-hour line of BR 7.1.2.7: a certificate is signed after its SCTs exist, so one right of the line was
 * signed more than 48 hours after its notBefore, i.e. backdated (the corpus check {@code w_backdated_by_sct}).
 */
public final class SctDelayHistogram {

    public static final String NAME = "sct-delay";
    public static final String TITLE = "Delay of the embedded SCT after notBefore";

    static final List<String> BINS = List.of("before notBefore", "0 to 1 hour", "1 to 6 hours", "6 to 24 hours", "24 to 48 hours",
            "48 hours to 7 days", "7 to 30 days", "30 to 365 days", "over a year");
    /** The 48-hour line lies after this bin: exactly 48 hours is still within the limit, as in the check. */
    static final int LINE_AFTER_BIN = 4;

    static int bin(Duration delay) {
        if (delay.isNegative()) {
            return 0;
        }
        if (delay.compareTo(Duration.ofHours(1)) < 0) {
            return 1;
        }
        if (delay.compareTo(Duration.ofHours(6)) < 0) {
            return 2;
        }
        if (delay.compareTo(Duration.ofHours(24)) < 0) {
            return 3;
        }
        if (delay.compareTo(Duration.ofHours(48)) <= 0) {
            return 4;
        }
        if (delay.compareTo(Duration.ofDays(7)) < 0) {
            return 5;
        }
        if (delay.compareTo(Duration.ofDays(30)) < 0) {
            return 6;
        }
        return delay.compareTo(Duration.ofDays(365)) < 0 ? 7 : 8;
    }

    private static final int LEFT = 60;
    private static final int TOP = 44;
    private static final int BAR_W = 70;
    private static final int PLOT_H = 200;

    private SctDelayHistogram() {
    }

    /** The chart of these delays (certificates without SCTs are left out by the caller). */
    public static Chart draw(List<Duration> delays) {
        long[] counts = new long[BINS.size()];
        for (Duration delay : delays) {
            counts[bin(delay)]++;
        }
        long late = 0;
        long max = 1;
        for (int i = 0; i < counts.length; i++) {
            max = Math.max(max, counts[i]);
            if (i > LINE_AFTER_BIN) {
                late += counts[i];
            }
        }
        String description = delays.isEmpty() ? "No certificate with embedded SCTs to show."
                : delays.size() + (delays.size() == 1 ? " certificate" : " certificates") + " with embedded SCTs; " + late
                        + " of them carry an SCT dated more than 48 hours after their notBefore, so they were signed more than 48 hours"
                        + " after it (backdated); " + (delays.size() - late) + " within 48 hours.";
        int width = LEFT + BINS.size() * BAR_W + 20;
        int height = TOP + PLOT_H + 60;
        SvgWriter svg = new SvgWriter("chart-" + NAME, width, height, TITLE, description);
        double base = TOP + PLOT_H;
        svg.line(LEFT, base, LEFT + BINS.size() * BAR_W, base, ChartPalette.INK, 1, false);
        svg.line(LEFT, TOP, LEFT, base, ChartPalette.INK, 1, false);
        svg.text(LEFT - 6, TOP + 4, Long.toString(max), "end", ChartPalette.INK, 10);
        svg.text(LEFT - 6, base, "0", "end", ChartPalette.INK, 10);
        svg.verticalText(16, TOP + PLOT_H / 2.0, "certificates");
        for (int i = 0; i < BINS.size(); i++) {
            double h = PLOT_H * counts[i] / (double) max;
            double x = LEFT + i * BAR_W + 6;
            String fill = i > LINE_AFTER_BIN ? ChartPalette.VERMILLION : ChartPalette.BLUE;
            svg.rect(x, base - h, BAR_W - 12, h, fill, null, BINS.get(i) + ": " + counts[i]);
            svg.text(x + (BAR_W - 12) / 2.0, base - h - 4, Long.toString(counts[i]), "middle", ChartPalette.INK, 10);
            String[] words = BINS.get(i).split(" to ");
            svg.text(x + (BAR_W - 12) / 2.0, base + 14, words[0] + (words.length > 1 ? " to" : ""), "middle", ChartPalette.INK, 9);
            if (words.length > 1) {
                svg.text(x + (BAR_W - 12) / 2.0, base + 25, words[1], "middle", ChartPalette.INK, 9);
            }
        }
        double lineX = LEFT + (LINE_AFTER_BIN + 1) * BAR_W;
        svg.line(lineX, TOP - 26, lineX, base + 2, ChartPalette.INK, 2, true);
        svg.text(lineX + 4, TOP - 18, "48 hours: later means backdated", "start", ChartPalette.INK, 10);
        svg.text(LEFT, base + 45, "latest embedded SCT minus notBefore", "start", ChartPalette.MUTED, 10);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < BINS.size(); i++) {
            rows.add(List.of(BINS.get(i), Long.toString(counts[i]), i > LINE_AFTER_BIN ? "yes" : "no"));
        }
        return new Chart(NAME, TITLE, description, svg.finish(),
                new Chart.Table(List.of("Latest SCT after notBefore", "Certificates", "Beyond 48 hours"), rows));
    }
}
