package org.casebook.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that encrypts the sign-in cookie (and binds CSRF tokens to a session): the one an operator configured, or
 * else one generated on the first start and kept in a file readable by its owner only, so that a restart signs nobody
 * out. The secret itself is never logged.
 */
public final class SessionKeyFile {

    private SessionKeyFile() {
    }

    /** The configured key when there is one, else the kept one. */
    static String choose(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return readOrCreate(file);
    }

    /** The key kept in this file; generated and written (owner-only) when the file does not exist yet. */
    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getEncoder().encodeToString(random);
            Path draft = ownerOnlyTempFile(dir);
            try {
                Files.writeString(draft, key + "\n", StandardCharsets.US_ASCII);
                // A hard link appears whole or not at all, and never replaces a file another instance wrote meanwhile.
                Files.createLink(file, draft);
                return key;
            } catch (FileAlreadyExistsException meanwhile) {
                return read(file);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(draft, file);
                return key;
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the session key file " + file.toAbsolutePath()
                    + "; set quarkus.http.auth.session.encryption-key (or CASEBOOK_SESSION_KEY) instead", e);
        }
    }

    /**
     * The key an earlier version kept in this file, if it exists: it becomes the stored key, so that an upgrade signs
     * nobody out.
     */
    static java.util.Optional<String> readIfPresent(Path file) {
        try {
            return Files.exists(file) ? java.util.Optional.of(read(file)) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static Path ownerOnlyTempFile(Path dir) throws IOException {
        try {
            return Files.createTempFile(dir, ".session-key", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dir, ".session-key", ".tmp");
        }
    }

    private static String read(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (key.length() < 32) {
            throw new IOException("the file holds no key of at least 32 characters");
        }
        return key;
    }
}
