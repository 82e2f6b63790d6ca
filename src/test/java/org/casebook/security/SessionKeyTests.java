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
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The key that encrypts the sign-in cookie: taken from configuration, or generated once and kept in a file, so that a
 * restart keeps everyone signed in; never a temporary one (which Quarkus writes to the log).
 */
@QuarkusTest
class SessionKeyTests {

    @Test
    void theRunningApplicationUsesTheKeptKeyAndNeverATemporaryOne() throws Exception {
        String configured = ConfigProvider.getConfig().getValue("quarkus.http.auth.session.encryption-key", String.class);
        Path file = Path.of(ConfigProvider.getConfig().getValue("casebook.session.key-file", String.class));
        assertEquals(Files.readString(file).strip(), configured);
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
}
