package org.casebook.support;

import java.util.HashMap;
import java.util.Map;

/**
 * A test profile's database of its own. On H2 that is a fresh in-memory database under its own name; in the
 * PostgreSQL pass (pom profile {@code postgresql}) every application start already empties the one test database,
 * and an H2 URL would not even load there, so the profile keeps the shared one.
 */
public final class OwnTestDatabase {

    private OwnTestDatabase() {
    }

    public static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
    }

    /** {@code settings} plus, on H2, the URL of an in-memory database named {@code name}. */
    public static Map<String, String> withOwnDatabase(String name, Map<String, String> settings) {
        Map<String, String> overrides = new HashMap<>(settings);
        if (!onPostgresql()) {
            overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        return overrides;
    }
}
