package org.casebook.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One chart drawn on the server: its name in URLs ({@code weekday-hour}), a title, a description that says in
 * words what it shows, the SVG document, and the numbers behind it as a table (for screen readers, for the
 * Markdown export and for anyone who wants the figures rather than the picture).
 */
public record Chart(String name, String title, String description, String svg, Table table) {

    /** The figures of a chart: column headings and rows of cells, all as displayed. */
    public record Table(List<String> headings, List<List<String>> rows) {

        private static final Pattern NUMBER = Pattern.compile("[-+−]?[\\d,]*\\.?\\d+ ?%?");

        public Table {
            headings = List.copyOf(headings);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /** Per column, whether every filled cell is a number (such columns are right-aligned); the first column never is. */
        public List<Boolean> numericColumns() {
            List<Boolean> numeric = new ArrayList<>();
            for (int column = 0; column < headings.size(); column++) {
                boolean allNumbers = column > 0;
                for (List<String> row : rows) {
                    String cell = column < row.size() ? row.get(column) : "";
                    allNumbers &= cell.isEmpty() || NUMBER.matcher(cell).matches();
                }
                numeric.add(allNumbers);
            }
            return numeric;
        }
    }

    /** The file name of the chart at its own URL. */
    public String fileName() {
        return name + ".svg";
    }
}
