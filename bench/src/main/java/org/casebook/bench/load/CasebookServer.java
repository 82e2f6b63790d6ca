package org.casebook.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A packaged Casebook ({@code quarkus-app/quarkus-run.jar}) run as a child process on its own port and H2 file
 * database, the way the README's run command starts it. Reads the process's RSS and CPU ticks from /proc (Linux).
 */
final class CasebookServer implements AutoCloseable {

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        // a benchmark that dies half-way leaves no server behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    final int port;
    final Process process;
    final long startedNanos;
    final Path log;

    private CasebookServer(int port, Process process, long startedNanos, Path log) {
        this.port = port;
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /**
     * Starts {@code java [jvmOptions] -jar <appDir>/quarkus-run.jar} with the database in {@code dataDir}
     * ({@code jdbc:h2:file:<dataDir>/casebook}, plus the URL options in {@code BENCH_H2_URL_OPTIONS}, such as {@code ;RETENTION_TIME=0}),
     * or in the database at {@code BENCH_JDBC_URL}.
     */
    static CasebookServer start(Path appDir, Path dataDir, int port, List<String> jvmOptions, String adminPassword, Path log)
            throws IOException {
        return start(appDir, dataDir, port, jvmOptions, adminPassword, log, Map.of());
    }

    static CasebookServer start(Path appDir, Path dataDir, int port, List<String> jvmOptions, String adminPassword, Path log,
            Map<String, String> moreEnvironment) throws IOException {
        Path jar = appDir.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no quarkus-run.jar in " + appDir);
        }
        if (!portFree(port)) {
            throw new IllegalStateException("port " + port + " is taken (set BENCH_PORT)");
        }
        Files.createDirectories(dataDir);
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(System.getenv().getOrDefault("BENCH_SERVER_JAVA", "java"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // BENCH_JDBC_URL: another database (a PostgreSQL build of Casebook, with QUARKUS_DATASOURCE_USERNAME/PASSWORD set)
        env.put("QUARKUS_DATASOURCE_JDBC_URL", System.getenv().getOrDefault("BENCH_JDBC_URL",
                "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("casebook") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" + System.getenv().getOrDefault("BENCH_H2_URL_OPTIONS", "")));
        env.put("CASEBOOK_ADMIN_PASSWORD", adminPassword);
        moreEnvironment.forEach(env::putIfAbsent);
        long started = System.nanoTime();
        Process process = builder.start();
        RUNNING.add(process);
        return new CasebookServer(port, process, started, log);
    }

    /** Nanoseconds from the process start to its first 200 on {@code GET /api/cas}; polled every 20 ms. */
    long awaitFirstAnswer(Duration max) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see " + log);
            }
            try (HttpConnection probe = new HttpConnection("127.0.0.1", port, 30_000)) {
                if (probe.get("/api/cas", null).status() == 200) {
                    return System.nanoTime() - startedNanos;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no answer from the server within " + max + "; see " + log);
    }

    /**
     * SIGTERM, then waits; returns the nanoseconds the process took to exit, or -1 if it had to be killed
     * (SIGKILL) after {@code grace}.
     */
    long stop(Duration grace) throws InterruptedException {
        if (!process.isAlive()) {
            RUNNING.remove(process);
            return 0;
        }
        long asked = System.nanoTime();
        process.destroy();
        boolean exited = process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        long took = System.nanoTime() - asked;
        if (!exited) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        RUNNING.remove(process);
        return exited ? took : -1;
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size in bytes (VmRSS), or -1 when unknown. */
    long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"), StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("VmRSS:")) {
                    Matcher kb = Pattern.compile("(\\d+)").matcher(line);
                    return kb.find() ? Long.parseLong(kb.group(1)) * 1024 : -1;
                }
            }
        } catch (IOException e) {
            // gone
        }
        return -1;
    }

    /** User plus system CPU time of the process, in clock ticks (USER_HZ, 100 a second on Linux). */
    long cpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"), StandardCharsets.ISO_8859_1);
            // fields after the command name, which is in parentheses and may hold spaces: state is field 3
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime (14), stime (15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The load average of the machine (1, 5, 15 minutes), as /proc/loadavg has it. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", Arrays.copyOf(parts, 3));
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The JVM options of the README's run command: the words between {@code java} and {@code -jar ...quarkus-run.jar}
     * on the first line that has them, in {@code <appDir>/../../README.md} (a checkout's target/quarkus-app).
     */
    static List<String> readmeJvmOptions(Path appDir) {
        Path readme = appDir.toAbsolutePath().normalize().getParent();
        readme = readme == null ? null : readme.getParent();
        if (readme == null || !Files.isRegularFile(readme.resolve("README.md"))) {
            return null;
        }
        try {
            Pattern command = Pattern.compile("(?:^|[\\s;&|(])java\\s+(.*?)-jar\\s+\\S*quarkus-run\\.jar");
            for (String line : Files.readAllLines(readme.resolve("README.md"), StandardCharsets.UTF_8)) {
                Matcher matcher = command.matcher(line);
                if (matcher.find()) {
                    String options = matcher.group(1).trim();
                    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
