package org.casebook.analysis.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendars and country time zones bundled under {@code calendars/} on the class
 * path: {@code <CC>.calendar} per country that has one, {@code zones.properties} for the zones.
 */
public final class WorkingCalendars {

    private static final String ROOT = "calendars/";
    private static volatile WorkingCalendars bundled;

    private final Map<String, WorkingCalendar> calendars = new ConcurrentHashMap<>();
    private final Map<String, ZoneId> zones;
    private final ClassLoader loader;

    private WorkingCalendars(ClassLoader loader) {
        this.loader = loader;
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(ROOT + "zones.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ZoneId> byCountry = new ConcurrentHashMap<>();
        for (String country : properties.stringPropertyNames()) {
            byCountry.put(country.toUpperCase(Locale.ROOT), ZoneId.of(properties.getProperty(country).strip()));
        }
        this.zones = Map.copyOf(byCountry);
    }

    public static WorkingCalendars bundled() {
        WorkingCalendars result = bundled;
        if (result == null) {
            synchronized (WorkingCalendars.class) {
                result = bundled;
                if (result == null) {
                    result = new WorkingCalendars(WorkingCalendars.class.getClassLoader());
                    bundled = result;
                }
            }
        }
        return result;
    }

    /** The country's calendar file, or the Saturday-and-Sunday rule when there is none. */
    public WorkingCalendar forCountry(String country) {
        String code = country.toUpperCase(Locale.ROOT);
        return calendars.computeIfAbsent(code, this::load);
    }

    /** Whether a calendar file exists for the country (beyond the weekend rule). */
    public boolean hasCalendar(String country) {
        return loader.getResource(ROOT + country.toUpperCase(Locale.ROOT) + ".calendar") != null;
    }

    /** The zone a CA's local dates are read in: its own when valid, else its country's. */
    public Optional<ZoneId> zone(String country, String caTimeZone) {
        if (caTimeZone != null && !caTimeZone.isBlank()) {
            try {
                return Optional.of(ZoneId.of(caTimeZone.strip()));
            } catch (DateTimeException e) {
                // An unknown zone id on the CA record; the country's zone is the next best reading.
            }
        }
        return country == null ? Optional.empty() : Optional.ofNullable(zones.get(country.toUpperCase(Locale.ROOT)));
    }

    private WorkingCalendar load(String code) {
        if (!code.matches("[A-Z]{2}")) {
            return WorkingCalendar.weekendOnly(code);
        }
        try (InputStream in = loader.getResourceAsStream(ROOT + code + ".calendar")) {
            if (in == null) {
                return WorkingCalendar.weekendOnly(code);
            }
            return WorkingCalendar.parse(code, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
