package org.casebook.chart;

import java.util.List;

/**
 * One chart drawn on the server: its name in URLs ({@code weekday-hour}), a title, a description that says in
 * words what it shows, the SVG document, and the numbers behind it as a table (for screen readers, for the
 * Markdown export and for anyone who wants the figures rather than the picture).
 */
public record Chart(String name, String title, String description, String svg, Table table) {

    /** The figures of a chart: column headings and rows of cells, all as displayed. */
    public record Table(List<String> headings, List<List<String>> rows) {

        public Table {
            headings = List.copyOf(headings);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** The file name of the chart at its own URL. */
    public String fileName() {
        return name + ".svg";
    }
}
