package org.casebook.chart;

/**
 * The Okabe-Ito colours (Okabe and Ito, "Color Universal Design", 2008): eight hues told apart by people with
 * any of the common colour-vision deficiencies, and a ramp of one of them by lightness for counts.
 */
final class ChartPalette {

    static final String INK = "#000000";
    static final String ORANGE = "#E69F00";
    static final String SKY_BLUE = "#56B4E9";
    static final String BLUISH_GREEN = "#009E73";
    static final String YELLOW = "#F0E442";
    static final String BLUE = "#0072B2";
    static final String VERMILLION = "#D55E00";
    static final String REDDISH_PURPLE = "#CC79A7";
    static final String GRID = "#999999";
    static final String MUTED = "#555555";

    /** Light to dark blue: counts read by lightness, which every kind of colour vision sees. */
    private static final String[] RAMP = {"#f2f2f2", "#cfe3f1", "#9ec8e4", "#5fa4d0", "#2a7fb8", "#0b5685"};

    private ChartPalette() {
    }

    /** The ramp colour for {@code count} out of {@code max}: the lightest for none. */
    static String ramp(long count, long max) {
        if (count <= 0 || max <= 0) {
            return RAMP[0];
        }
        int step = 1 + (int) Math.min(RAMP.length - 2, (count * (RAMP.length - 1) - 1) / max);
        return RAMP[step];
    }

    /** Text colour that reads on a ramp colour. */
    static String onRamp(long count, long max) {
        String fill = ramp(count, max);
        return fill.equals(RAMP[RAMP.length - 1]) || fill.equals(RAMP[RAMP.length - 2]) ? "#ffffff" : INK;
    }

    /** The colour of a finding severity code (e, w, n, and anything else). */
    static String severity(String severity) {
        if (severity == null) {
            return GRID;
        }
        return switch (severity) {
            case "error", "e" -> VERMILLION;
            case "warning", "w" -> ORANGE;
            case "notice", "n" -> SKY_BLUE;
            default -> GRID;
        };
    }
}
