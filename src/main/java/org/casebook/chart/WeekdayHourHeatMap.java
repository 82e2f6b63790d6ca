package org.casebook.chart;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casebook.analysis.calendar.WorkingCalendar;

/**
 * notBefore by weekday and hour in the CA's time zone, as a heat map: one row per weekday, one column per hour,
 * darker for more certificates. The calendar's weekend rows are outlined and labelled "day off", and a last row
 * counts the notBefores that fell on the calendar's public holidays (whatever the weekday). A CA that vets by
 * hand issues in office hours; made-up dates show as weekend and night-time cells.
 */
public final class WeekdayHourHeatMap {

    public static final String NAME = "weekday-hour";
    public static final String TITLE = "notBefore by weekday and hour";

    private static final int LEFT = 150;
    private static final int TOP = 40;
    private static final int CELL_W = 26;
    private static final int CELL_H = 22;

    private WeekdayHourHeatMap() {
    }

    /**
     * The chart of these notBefores read in {@code zone}; {@code calendar} says which days are off.
     * {@code place} names the zone and calendar for the description, e.g. "CN, Asia/Shanghai".
     */
    public static Chart draw(List<Instant> notBefores, ZoneId zone, WorkingCalendar calendar, String place) {
        long[][] counts = new long[8][24];
        long[] nonWorking = new long[7];
        long holidays = 0;
        for (Instant notBefore : notBefores) {
            ZonedDateTime local = notBefore.atZone(zone);
            int day = local.getDayOfWeek().getValue() - 1;
            counts[day][local.getHour()]++;
            boolean weekend = calendar.weekend().contains(local.getDayOfWeek());
            boolean working = calendar.day(local.toLocalDate()).working();
            if (!working) {
                nonWorking[day]++;
                if (!weekend) {
                    counts[7][local.getHour()]++;
                    holidays++;
                }
            }
        }
        long max = 1;
        for (long[] row : counts) {
            for (long c : row) {
                max = Math.max(max, c);
            }
        }
        String description = describe(notBefores.size(), counts, nonWorking, holidays, calendar, place);
        int width = LEFT + 24 * CELL_W + 170;
        int height = TOP + 8 * CELL_H + 40;
        SvgWriter svg = new SvgWriter("chart-" + NAME, width, height, TITLE + " (" + zone.getId() + ")", description);
        for (int hour = 0; hour < 24; hour++) {
            svg.text(LEFT + hour * CELL_W + CELL_W / 2.0, TOP - 8, String.format(Locale.ROOT, "%02d", hour), "middle", ChartPalette.INK, 10);
        }
        svg.text(LEFT, 14, "hour of notBefore, local time (" + zone.getId() + ")", "start", ChartPalette.MUTED, 11);
        for (int row = 0; row < 8; row++) {
            double y = TOP + row * CELL_H;
            boolean weekendRow = row < 7 && calendar.weekend().contains(DayOfWeek.of(row + 1));
            String label = row < 7 ? dayName(DayOfWeek.of(row + 1)) : "Public holidays";
            svg.text(LEFT - 8, y + CELL_H * 0.68, label, "end", ChartPalette.INK, 11);
            long rowTotal = 0;
            for (int hour = 0; hour < 24; hour++) {
                long c = counts[row][hour];
                rowTotal += c;
                double x = LEFT + hour * CELL_W;
                svg.rect(x, y, CELL_W - 1, CELL_H - 1, ChartPalette.ramp(c, max), null,
                        label + " " + String.format(Locale.ROOT, "%02d:00", hour) + ": " + c + (c == 1 ? " certificate" : " certificates"));
                if (c > 0) {
                    svg.text(x + CELL_W / 2.0, y + CELL_H * 0.68, Long.toString(c), "middle", ChartPalette.onRamp(c, max), c > 999 ? 7 : 9);
                }
            }
            if (weekendRow || row == 7) {
                // Days off: outlined in vermillion and dashed, and said in words, never by colour alone.
                svg.line(LEFT - 1, y - 0.5, LEFT + 24 * CELL_W, y - 0.5, ChartPalette.VERMILLION, 1.5, true);
                svg.line(LEFT - 1, y + CELL_H - 0.5, LEFT + 24 * CELL_W, y + CELL_H - 0.5, ChartPalette.VERMILLION, 1.5, true);
            }
            String total = rowTotal + (weekendRow ? " (day off)" : row == 7 ? " (days off)" : "");
            svg.text(LEFT + 24 * CELL_W + 8, y + CELL_H * 0.68, total, "start", weekendRow || row == 7 ? ChartPalette.VERMILLION : ChartPalette.INK, 11);
        }
        svg.text(LEFT, TOP + 8 * CELL_H + 22, "Dashed rows: days off in the calendar of " + place + "; darker cells: more certificates (most in one cell: " + max + ")",
                "start", ChartPalette.MUTED, 10);
        return new Chart(NAME, TITLE, description, svg.finish(), table(counts, nonWorking, calendar));
    }

    private static Chart.Table table(long[][] counts, long[] nonWorking, WorkingCalendar calendar) {
        List<String> headings = new ArrayList<>();
        headings.add("Weekday");
        for (int hour = 0; hour < 24; hour++) {
            headings.add(String.format(Locale.ROOT, "%02d", hour));
        }
        headings.add("Total");
        headings.add("On days off");
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < 8; row++) {
            List<String> cells = new ArrayList<>();
            boolean weekendRow = row < 7 && calendar.weekend().contains(DayOfWeek.of(row + 1));
            cells.add(row < 7 ? dayName(DayOfWeek.of(row + 1)) + (weekendRow ? " (weekend)" : "") : "Public holidays (any weekday, counted above too)");
            long total = 0;
            for (int hour = 0; hour < 24; hour++) {
                cells.add(Long.toString(counts[row][hour]));
                total += counts[row][hour];
            }
            cells.add(Long.toString(total));
            cells.add(Long.toString(row < 7 ? nonWorking[row] : total));
            rows.add(cells);
        }
        return new Chart.Table(headings, rows);
    }

    private static String describe(int total, long[][] counts, long[] nonWorking, long holidays, WorkingCalendar calendar, String place) {
        if (total == 0) {
            return "No certificates to show.";
        }
        StringBuilder text = new StringBuilder();
        text.append(total).append(total == 1 ? " certificate" : " certificates").append(" by the weekday of its notBefore: ");
        List<String> days = new ArrayList<>();
        long daysOff = 0;
        for (int row = 0; row < 7; row++) {
            long sum = 0;
            for (long c : counts[row]) {
                sum += c;
            }
            days.add(dayName(DayOfWeek.of(row + 1)) + " " + sum);
            daysOff += nonWorking[row];
        }
        text.append(String.join(", ", days)).append(". ");
        text.append(daysOff).append(" fell on days off in the calendar of ").append(place);
        if (holidays > 0) {
            text.append(", ").append(holidays).append(" of them on public holidays outside the weekend");
        }
        text.append('.');
        return text.toString();
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
