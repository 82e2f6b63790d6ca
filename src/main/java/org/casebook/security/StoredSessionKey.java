package org.casebook.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The sign-in cookie's key when the operator configured none: kept in the database ({@code casebook_setting}), so
 * that every instance on that database reads the same one and a restart signs nobody out. Quarkus wants the key while
 * it assembles its configuration, before Flyway has run, so it is read with a connection of its own; on a database
 * without the table yet (the first start, or one from before V7) the key is chosen then (the old
 * {@code data/session-key} file's if there is one, else a new random one) and stored once the migrations have run.
 * The key is never logged.
 */
@ApplicationScoped
public class StoredSessionKey {

    private static final Logger LOG = Logger.getLogger(StoredSessionKey.class);
    static final String NAME = "session-key";
    private static final String READ = "select setting from casebook_setting where name = ?";
    private static final String INSERT = "insert into casebook_setting (name, setting) values (?, ?)";

    /** Where the key in use came from: only a key Casebook chose itself is stored. */
    enum Origin { CONFIGURED, STORED, CHOSEN_BEFORE_MIGRATIONS }

    record Choice(String key, Origin origin) {
    }

    /** The database as the configuration names it. */
    record Database(String url, String username, String password) {
    }

    private static volatile Choice inUse;
    /** An arbitrary constant: the advisory lock the first of several instances on a new PostgreSQL database holds. */
    private static final long FIRST_START_LOCK = 0x43617365626f6fL;
    /** The connection holding that lock from the configuration until the key is stored; null when none is held. */
    private static volatile Connection firstStart;

    @Inject
    DataSource dataSource;

    /** The key for this process: configured, else the stored one, else a new one stored now (or after the migrations). */
    static Choice choose(String configured, Path legacyFile, Database database) {
        Choice choice;
        if (configured != null && !configured.isBlank()) {
            choice = new Choice(configured.strip(), Origin.CONFIGURED);
        } else if (firstStart != null && inUse != null) {
            // asked again while this process holds the first-start lock: the same key, and no second wait for that lock
            choice = inUse;
        } else {
            String candidate = SessionKeyFile.readIfPresent(legacyFile).orElseGet(StoredSessionKey::generate);
            choice = storedOrCandidate(database, candidate);
        }
        inUse = choice;
        return choice;
    }

    private static Choice storedOrCandidate(Database database, String candidate) {
        if (database == null || database.url() == null) {
            return new Choice(candidate, Origin.CHOSEN_BEFORE_MIGRATIONS);
        }
        Connection connection = null;
        try {
            connection = connect(database);
            try {
                return new Choice(keep(connection, candidate), Origin.STORED);
            } catch (SQLException noTableYet) {
                LOG.debugf("the session key is stored once the migrations have run (%s)", noTableYet.getMessage());
            }
            if (database.url().startsWith("jdbc:postgresql:")) {
                // Instances started together on a new database: the first holds this lock until it has stored its key
                // (after its migrations); the others wait here, then read that key instead of choosing their own.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_lock(" + FIRST_START_LOCK + ")");
                }
                try {
                    Choice stored = new Choice(keep(connection, candidate), Origin.STORED);
                    connection.close();
                    return stored;
                } catch (SQLException stillNoTable) {
                    firstStart = connection;
                    connection = null;
                }
            }
            return new Choice(candidate, Origin.CHOSEN_BEFORE_MIGRATIONS);
        } catch (SQLException unreachable) {
            LOG.debugf("the session key is chosen without the database (%s)", unreachable.getMessage());
            return new Choice(candidate, Origin.CHOSEN_BEFORE_MIGRATIONS);
        } finally {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // nothing was held on it
                }
            }
        }
    }

    /** The stored key; {@code candidate} is stored first when there is none (another instance's wins a race). */
    static String keep(Connection connection, String candidate) throws SQLException {
        Optional<String> stored = read(connection);
        if (stored.isPresent()) {
            return stored.get();
        }
        boolean autoCommit = connection.getAutoCommit();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, NAME);
            insert.setString(2, candidate);
            insert.executeUpdate();
            if (!autoCommit) {
                connection.commit();
            }
            return candidate;
        } catch (SQLException meanwhile) {
            if (!autoCommit) {
                connection.rollback();
            }
            return read(connection).orElseThrow(() -> meanwhile);
        }
    }

    static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(READ)) {
            select.setString(1, NAME);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static String generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    private static Connection connect(Database database) throws SQLException {
        Properties properties = new Properties();
        if (database.username() != null) {
            properties.setProperty("user", database.username());
        }
        properties.setProperty("password", database.password() == null ? "" : database.password());
        // The application's class loader, not DriverManager's: in the packaged application they differ.
        for (Driver driver : ServiceLoader.load(Driver.class, StoredSessionKey.class.getClassLoader())) {
            if (driver.acceptsURL(database.url())) {
                Connection connection = driver.connect(database.url(), properties);
                if (connection != null) {
                    return connection;
                }
            }
        }
        throw new SQLException("no JDBC driver for " + database.url());
    }

    /**
     * After Flyway: a key chosen before the table existed is stored now, and a stored key that went missing (a test
     * database emptied at start) is put back. If another instance stored a different one first, sign-ins on this
     * instance do not work on the others until it restarts, which it is told to do.
     */
    void storeAfterMigrations(@Observes @Priority(6) StartupEvent event) throws SQLException {
        Choice choice = inUse;
        try {
            if (choice == null || choice.origin() == Origin.CONFIGURED) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                String stored = keep(connection, choice.key());
                if (!stored.equals(choice.key())) {
                    LOG.warn("Another instance stored a different sign-in cookie key while this one started; restart this instance"
                            + " so that sign-ins work on every instance");
                }
            }
        } finally {
            Connection held = firstStart;
            firstStart = null;
            if (held != null) {
                held.close();
            }
        }
    }
}
