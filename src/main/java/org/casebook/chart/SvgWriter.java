package org.casebook.chart;

import java.util.Locale;

/**
 * A small writer of SVG documents that the Content-Security-Policy lets through inline and as an image: only
 * elements and presentation attributes (fill, stroke, font-size), never a {@code style} attribute, a
 * {@code <style>} element or a script. The root carries {@code role="img"} and points at its
 * {@code <title>} and {@code <desc>} so that screen readers announce both.
 */
final class SvgWriter {

    static final String FONT = "sans-serif";

    private final StringBuilder out = new StringBuilder(4096);
    private final String id;

    SvgWriter(String id, int width, int height, String title, String description) {
        this.id = id;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" font-family=\"")
                .append(FONT).append("\" font-size=\"11\">");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        rect(0, 0, width, height, "#ffffff", null);
    }

    String id() {
        return id;
    }

    SvgWriter rect(double x, double y, double width, double height, String fill, String stroke) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, width)))
                .append("\" height=\"").append(n(Math.max(0, height))).append("\" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append('"');
        }
        out.append("/>");
        return this;
    }

    /** A rectangle with a tooltip ({@code <title>} child), read by pointer users and screen readers alike. */
    SvgWriter rect(double x, double y, double width, double height, String fill, String stroke, String tooltip) {
        out.append("<g>");
        rect(x, y, width, height, fill, stroke);
        out.append("<title>").append(escape(tooltip)).append("</title></g>");
        return this;
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"")
                .append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"4 3\"");
        }
        out.append("/>");
        return this;
    }

    SvgWriter circle(double cx, double cy, double r, String fill, String tooltip) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r)).append("\" fill=\"")
                .append(fill).append("\" fill-opacity=\"0.7\"");
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></circle>");
        }
        return this;
    }

    /** A diamond mark centred on (x, y), for events on a time line. */
    SvgWriter diamond(double x, double y, double r, String fill, String tooltip) {
        out.append("<path d=\"M").append(n(x)).append(' ').append(n(y - r)).append(" L").append(n(x + r)).append(' ').append(n(y))
                .append(" L").append(n(x)).append(' ').append(n(y + r)).append(" L").append(n(x - r)).append(' ').append(n(y))
                .append(" Z\" fill=\"").append(fill).append("\"><title>").append(escape(tooltip)).append("</title></path>");
        return this;
    }

    /** Text; {@code anchor} is start, middle or end. */
    SvgWriter text(double x, double y, String text, String anchor, String fill, int size) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(fill).append('"');
        if (size != 11) {
            out.append(" font-size=\"").append(size).append('"');
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    /** Text turned 90 degrees anticlockwise about (x, y): a vertical axis title. */
    SvgWriter verticalText(double x, double y, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 ")
                .append(n(x)).append(' ').append(n(y)).append(")\" fill=\"").append(ChartPalette.INK).append("\">").append(escape(text))
                .append("</text>");
        return this;
    }

    String finish() {
        return out.append("</svg>").toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // XML 1.0 allows no control characters but tab, newline and carriage return.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String n(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
