package org.casebook.analysis.corpus;

import java.time.Duration;

/** Human-readable spans for finding messages: "37 seconds", "3 days 4 hours". */
final class Durations {

    private Durations() {
    }

    static String describe(Duration span) {
        Duration d = span.abs();
        long seconds = d.getSeconds();
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        if (seconds < 2 * 3600) {
            return (seconds / 60) + " minutes";
        }
        long hours = seconds / 3600;
        if (hours < 72) {
            return hours + " hours";
        }
        long days = hours / 24;
        long rest = hours % 24;
        return days + " days" + (rest == 0 ? "" : " " + rest + (rest == 1 ? " hour" : " hours"));
    }
}
