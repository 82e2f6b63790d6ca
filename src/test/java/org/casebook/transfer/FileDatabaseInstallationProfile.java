package org.casebook.transfer;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** An installation on an embedded H2 file database of its own, as a real one runs, with its own backup folder. */
public class FileDatabaseInstallationProfile implements QuarkusTestProfile {

    static final Path DIRECTORY = directory("casebook-backup-db");
    static final Path BACKUPS = directory("casebook-backups");

    private static Path directory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String url = "jdbc:h2:file:" + DIRECTORY.resolve("casebook") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        return Map.of("quarkus.datasource.jdbc.url", url, "casebook.backup.directory", BACKUPS.toString(),
                "casebook.findings.refresh-at-start", "false");
    }
}
