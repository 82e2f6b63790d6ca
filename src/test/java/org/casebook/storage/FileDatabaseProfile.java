package org.casebook.storage;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The application on an embedded H2 file database, given as a plain {@code jdbc:h2:file:} URL as an operator would
 * write it, with a page cache small enough that queries read the file. The database is made before the application
 * starts, by plain {@code file:} access, with a table the application does not know: a database from before the
 * {@code retry:} file system.
 */
public class FileDatabaseProfile implements QuarkusTestProfile {

    static final Path DIRECTORY = directory();
    static final String PLAIN_URL = "jdbc:h2:file:" + DIRECTORY.resolve("casebook") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    private static Path directory() {
        try {
            return Files.createTempDirectory("casebook-file-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        try (Connection connection = DriverManager.getConnection(PLAIN_URL, "sa", "")) {
            connection.createStatement().execute("create schema if not exists legacy; create table if not exists legacy.made_before (note varchar(40))");
            connection.createStatement().execute("insert into legacy.made_before values ('written through file:')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = PLAIN_URL + ";CACHE_SIZE=256";
        // A short transaction timeout, so that an overload meets the reaper within a test's time.
        return Map.of("%test.quarkus.datasource.jdbc.url", url, "quarkus.datasource.jdbc.url", url,
                "quarkus.transaction-manager.default-transaction-timeout", "10s",
                "casebook.storage.h2-compaction-every", "1s");
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
