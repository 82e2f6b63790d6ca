package org.casebook.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** A dataset directory as {@link DatasetBuilder} leaves it: {@code db/} (the H2 files) and {@code dataset.properties}. */
final class Dataset {

    static final String PROPERTIES = "dataset.properties";

    private Dataset() {
    }

    static Properties properties(Path dataset) throws IOException {
        Path file = dataset.resolve(PROPERTIES);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(dataset.resolve("db").resolve("casebook.mv.db"))) {
            throw new IllegalArgumentException(dataset + " is not a dataset (no " + PROPERTIES + " or db/casebook.mv.db); build one with DatasetBuilder");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Copies the dataset's database directory to {@code targetDb} (cp -a: sparse files stay sparse, and it is fast). */
    static void copyDatabase(Path dataset, Path targetDb) throws IOException, InterruptedException {
        if (Files.exists(targetDb)) {
            throw new IllegalArgumentException(targetDb + " exists already");
        }
        Files.createDirectories(targetDb.getParent());
        Process copy = new ProcessBuilder("cp", "-a", dataset.resolve("db").toString(), targetDb.toString()).inheritIO().start();
        if (copy.waitFor() != 0) {
            throw new IOException("cp -a " + dataset.resolve("db") + " " + targetDb + " failed");
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    static long databaseBytes(Path db) {
        try (Stream<Path> files = Files.list(db)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The server's JVM options: {@code CASEBOOK_JAVA_OPTS} when set (even empty), else those of the README's run
     * command next to the app ({@code <app>/../../README.md}), else none.
     */
    /** Where {@link #serverJvmOptions(Path)} takes the options from, for the run's header. */
    static String serverJvmOptionsSource(Path app) {
        if (System.getenv("CASEBOOK_JAVA_OPTS") != null) {
            return "CASEBOOK_JAVA_OPTS";
        }
        return CasebookServer.readmeJvmOptions(app) != null ? "the README's run command next to the app"
                : "nowhere: no README.md two levels above the app and CASEBOOK_JAVA_OPTS unset";
    }

    static List<String> serverJvmOptions(Path app) {
        String set = System.getenv("CASEBOOK_JAVA_OPTS");
        if (set != null) {
            return set.isBlank() ? List.of() : List.of(set.trim().split("\\s+"));
        }
        List<String> fromReadme = CasebookServer.readmeJvmOptions(app);
        return fromReadme == null ? List.of() : fromReadme;
    }
}
