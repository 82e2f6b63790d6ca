package org.casebook.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The key that encrypts the sign-in cookie: taken from configuration, or generated once and kept in a file, so that a
 * restart keeps everyone signed in; never a temporary one (which Quarkus writes to the log).
 */
@QuarkusTest
class SessionKeyTests {

    @Inject
    DataSource dataSource;

    @Test
    void theRunningApplicationUsesTheKeptKeyAndNeverATemporaryOne() throws Exception {
        String configured = ConfigProvider.getConfig().getValue("quarkus.http.auth.session.encryption-key", String.class);
        // Kept in the database (issue 17), where every instance on it finds the same one.
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(Optional.of(configured), StoredSessionKey.read(connection));
        }
        assertTrue(configured.length() >= 32, "a key of at least 32 characters");
        // Quarkus keeps the key it generated (and logged as "using temporary key") in this field; it must never have run.
        Field temporary = Class.forName("io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism").getDeclaredField("encryptionKey");
        temporary.setAccessible(true);
        assertNull(temporary.get(null), "Quarkus generated (and logged) a temporary session key");
    }

    @Test
    void aGeneratedKeyIsKeptOwnerOnlyAndReadBackUnchanged() throws Exception {
        Path dir = Files.createTempDirectory("casebook-session-key");
        Path file = dir.resolve("data").resolve("session-key");
        String first = SessionKeyFile.readOrCreate(file);
        assertTrue(Files.exists(file));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
        assertEquals(first, SessionKeyFile.readOrCreate(file), "a second start reads the same key");
        assertNotEquals(first, SessionKeyFile.readOrCreate(dir.resolve("other")), "each installation has its own key");
        assertTrue(java.util.Base64.getDecoder().decode(first).length >= 32);
    }

    @Test
    void aConfiguredKeyWinsAndNoFileIsWritten() throws Exception {
        Path dir = Files.createTempDirectory("casebook-session-key");
        Path file = dir.resolve("session-key");
        assertEquals("a key chosen by the operator, long enough", SessionKeyFile.choose("a key chosen by the operator, long enough", file));
        assertTrue(Files.notExists(file));
        assertEquals(SessionKeyFile.readOrCreate(file), SessionKeyFile.choose(null, file));
        assertEquals(SessionKeyFile.readOrCreate(file), SessionKeyFile.choose("  ", file));
    }

    @Test
    void aKeyIsStoredOnceAndEveryLaterReaderGetsThatOne() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:session-key-store", "sa", "")) {
            connection.createStatement().execute("create table casebook_setting (name varchar(64) not null, setting varchar(1024) not null, primary key (name))");
            assertEquals("the first instance's key, long enough to use", StoredSessionKey.keep(connection, "the first instance's key, long enough to use"));
            assertEquals("the first instance's key, long enough to use", StoredSessionKey.keep(connection, "a second instance's own candidate key"));
        }
    }

    @Test
    void beforeTheMigrationsTheOldKeyFileIsTheCandidateSoAnUpgradeSignsNobodyOut() throws Exception {
        Path dir = Files.createTempDirectory("casebook-session-key");
        Path file = dir.resolve("session-key");
        String kept = SessionKeyFile.readOrCreate(file);
        // a database without the table yet (an installation from before V7): the file's key is used, and stored later
        StoredSessionKey.Choice choice = StoredSessionKey.choose(null, file,
                new StoredSessionKey.Database("jdbc:h2:mem:before-v7", "sa", ""));
        assertEquals(kept, choice.key());
        assertEquals(StoredSessionKey.Origin.CHOSEN_BEFORE_MIGRATIONS, choice.origin());
        StoredSessionKey.Choice configured = StoredSessionKey.choose("a key chosen by the operator, long enough", file, null);
        assertEquals(StoredSessionKey.Origin.CONFIGURED, configured.origin());
    }
}
