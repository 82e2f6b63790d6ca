package org.casebook.incident.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long a CA has for what it owes on a reported issue (CCADB incident reporting: a preliminary report within
 * 72 hours, a full report within 14 days, an update at least weekly), and for answering a question.
 */
@ConfigMapping(prefix = "casebook.clocks")
public interface ClockSettings {

    @WithDefault("72h")
    Duration preliminaryReport();

    @WithDefault("14d")
    Duration fullReport();

    @WithDefault("7d")
    Duration updateInterval();

    @WithDefault("7d")
    Duration questionAnswer();
}
