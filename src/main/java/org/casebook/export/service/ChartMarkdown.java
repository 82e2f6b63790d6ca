package org.casebook.export.service;

import static org.casebook.export.MarkdownText.cell;
import static org.casebook.export.MarkdownText.inline;

import java.util.List;
import org.casebook.chart.Chart;

/** A chart in Markdown: the image by link to its own SVG URL, its description, and its numbers as a table. */
final class ChartMarkdown {

    private ChartMarkdown() {
    }

    /** {@code base} is the page the charts belong to; each chart is at {@code base/charts/<name>.svg}. */
    static void append(StringBuilder md, List<Chart> charts, String base, String heading) {
        for (Chart chart : charts) {
            md.append(heading).append(' ').append(inline(chart.title())).append("\n\n");
            md.append("![").append(inline(chart.title())).append("](").append(base).append("/charts/").append(chart.fileName()).append(")\n\n");
            md.append(inline(chart.description())).append("\n\n");
            table(md, chart.table());
        }
    }

    static void table(StringBuilder md, Chart.Table table) {
        if (table.isEmpty()) {
            return;
        }
        md.append('|');
        table.headings().forEach(h -> md.append(' ').append(cell(h)).append(" |"));
        md.append("\n|");
        table.headings().forEach(h -> md.append("---|"));
        md.append('\n');
        for (List<String> row : table.rows()) {
            md.append('|');
            row.forEach(c -> md.append(' ').append(cell(c)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }
}
