package org.casebook.transfer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.casebook.storage.InterruptSafeH2Url;
import org.casebook.web.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Online backups of the embedded H2 file database: H2's {@code BACKUP TO} writes a zip of the database file as of one
 * moment while Casebook keeps running (readers and writers go on; the copy is consistent). They are written to
 * {@code casebook.backup.directory} as {@code casebook-<UTC time>.zip}. A restore is offline: stop Casebook, unpack the
 * zip over the database's folder, start it (README, Backups). PostgreSQL and other databases are backed up with their
 * own tools (pg_dump); an in-memory database has nothing to keep.
 */
@ApplicationScoped
public class DatabaseBackups {

    private static final Logger LOG = Logger.getLogger(DatabaseBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** What this class names its files: the only names it lists and hands out. */
    private static final Pattern NAME = Pattern.compile("casebook-[0-9]{8}-[0-9]{6}(-[0-9]+)?\\.zip");

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "casebook.backup.directory", defaultValue = "data/backups")
    Path directory;

    /** A backup taken: its file name, size, the moment it was taken and how long it took. */
    public record Backup(String name, long bytes, Instant takenAt, long millis) {
    }

    /** Why this installation cannot take an online backup, or null when it can. */
    static String unavailable(String databaseKind, String url) {
        if (!"h2".equals(databaseKind)) {
            return "online backups are for the embedded H2 database; this installation runs on " + databaseKind
                    + ": back it up with its own tools (PostgreSQL: pg_dump, see the README's Backups section)";
        }
        if (!InterruptSafeH2Url.isEmbeddedFile(url)) {
            return "online backups are for the embedded H2 file database; this installation's H2 database is "
                    + (url.startsWith("jdbc:h2:mem:") ? "in memory, with nothing to keep" : "not an embedded file: back it up where it runs");
        }
        return null;
    }

    public synchronized Backup take() {
        String reason = unavailable(databaseKind, url);
        if (reason != null) {
            throw new ApiException(409, "backup not available", reason);
        }
        Instant takenAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve("casebook-" + STAMP.format(takenAt) + ".zip");
            for (int n = 1; Files.exists(target); n++) {
                target = directory.resolve("casebook-" + STAMP.format(takenAt) + "-" + n + ".zip");
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            Backup backup = new Backup(target.getFileName().toString(), Files.size(target), takenAt, (System.nanoTime() - started) / 1_000_000);
            LOG.infof("Backed up the database to %s (%d bytes, %d ms)", target, backup.bytes(), backup.millis());
            return backup;
        } catch (IOException | SQLException e) {
            LOG.errorf(e, "backing up the database into %s failed", directory);
            throw new ApiException(500, "backup failed", "the backup could not be written to " + directory + ": " + e.getMessage());
        }
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).map(f -> {
                try {
                    return new Backup(f.getFileName().toString(), Files.size(f), Files.getLastModifiedTime(f).toInstant().truncatedTo(ChronoUnit.SECONDS), 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted(Comparator.comparing(Backup::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One backup's file, by a name {@link #list} gives; anything else is 404. */
    public Path file(String name) {
        Path file = NAME.matcher(name).matches() ? directory.resolve(name) : null;
        if (file == null || !Files.isRegularFile(file)) {
            throw ApiException.notFound("no backup '" + name + "' in " + directory);
        }
        return file;
    }
}
