package org.casebook.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/quarkus-app}, or {@code -Dcasebook.it.app=DIR}) started as a process of its
 * own on a free port, for the failsafe ITs: waits until {@code /api/cas} answers, keeps the output in
 * {@code NAME.log} in the given directory, and stops with SIGTERM (then a kill after a minute).
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path APP = Path.of(System.getProperty("casebook.it.app", "target/quarkus-app"));

    private final String name;
    private final Path directory;
    private final int port;
    private final Process process;

    private PackagedApp(String name, Path directory, int port, Process process) {
        this.name = name;
        this.directory = directory;
        this.port = port;
        this.process = process;
    }

    /** The environment of an instance on its own H2 file database in {@code directory}. */
    public static Map<String, String> h2File(Path directory, String adminPassword) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:h2:file:" + directory.resolve("db").resolve("casebook").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "CASEBOOK_ADMIN_PASSWORD", adminPassword);
    }

    /** Starts an instance in {@code directory} with {@code environment} added, and waits (at most 300 s) until it answers. */
    public static PackagedApp start(String name, Path directory, Map<String, String> environment) throws IOException, InterruptedException {
        PackagedApp app = launch(name, directory, environment);
        app.awaitAnswer(Duration.ofSeconds(300));
        return app;
    }

    /** Starts an instance without waiting for it (see {@link #awaitAnswer}): several can then start at once. */
    public static PackagedApp launch(String name, Path directory, Map<String, String> environment) throws IOException {
        if (!Files.isRegularFile(APP.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(APP + " has no quarkus-run.jar: run the package phase first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", APP.resolve("quarkus-run.jar").toAbsolutePath().toString())
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".log").toFile());
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(env);
        return new PackagedApp(name, directory, port, builder.start());
    }

    public void awaitAnswer(Duration patience) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail(log()));
            }
            try {
                if (given().port(port).get("/api/cas").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " did not answer within " + patience.toSeconds() + " s:\n" + tail(log()));
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        Path file = directory.resolve(name + ".log");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** SIGTERM, and a kill if it has not exited within a minute. */
    public void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    public static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }

    /** Deletes a directory an IT made, with everything in it. */
    public static void delete(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
