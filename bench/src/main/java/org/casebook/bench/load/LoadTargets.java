package org.casebook.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Measures every target of issue 12 (section 3) against a packaged Casebook and a dataset made by
 * {@link DatasetBuilder}, and prints one table: each figure next to its target, PASS or MISS, and the machine's
 * load average when it was taken. The dataset is copied first; the dataset itself is never opened by a server.
 *
 * <pre>java -cp target/benchmarks.jar org.casebook.bench.load.LoadTargets QUARKUS_APP_DIR DATASET_DIR LABEL</pre>
 *
 * Settings (environment): see bench/README.md, "Load targets (issue 12)".
 */
public final class LoadTargets {

    private final Path app;
    private final Path dataset;
    private final String label;
    private final Properties data;
    private final Path work;
    private final List<String> jvmOptions;
    private final Set<String> steps;
    private final double duration = seconds("BENCH_DURATION", 10);
    private final double warmup = seconds("BENCH_WARMUP", 5);
    private final double hammerDuration = seconds("BENCH_HAMMER_DURATION", 15);
    private final int hammerClients = integer("BENCH_HAMMER_CLIENTS", 64);
    private final double idleWait = seconds("BENCH_IDLE_WAIT", 120);
    private final int rssUploads = integer("BENCH_RSS_UPLOADS", 0);
    private final int lintRounds = integer("BENCH_LINT_ROUNDS", 3);
    private final int concurrentRounds = integer("BENCH_UPLOAD_ROUNDS", 1);
    private final int port = integer("BENCH_PORT", 18731);
    private final String ca;
    private final String issue;
    private final String authorization;
    private final String heavyPath;
    private final Report report = new Report();
    private CasebookServer server;
    private String startNote = "";

    private LoadTargets(Path app, Path dataset, String label) throws IOException {
        this.app = app.toAbsolutePath().normalize();
        this.dataset = dataset.toAbsolutePath().normalize();
        this.label = label;
        this.data = Dataset.properties(this.dataset);
        this.ca = data.getProperty("ca");
        this.issue = data.getProperty("issue");
        String user = System.getenv().getOrDefault("BENCH_USER", data.getProperty("user"));
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", data.getProperty("password"));
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.heavyPath = System.getenv().getOrDefault("BENCH_HEAVY_URL", "/cas/" + ca + ".md");
        this.work = Path.of(System.getenv().getOrDefault("BENCH_WORK", "/tmp/casebook-bench")).toAbsolutePath().resolve(label);
        this.jvmOptions = Dataset.serverJvmOptions(this.app);
        this.steps = new LinkedHashSet<>(List.of(System.getenv().getOrDefault("BENCH_STEPS", "start,pages,lint,upload,hammer,export16k")
                .split(",")));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LoadTargets QUARKUS_APP_DIR DATASET_DIR LABEL   (settings: BENCH_* environment variables, see bench/README.md)");
            System.exit(2);
        }
        LoadTargets run = new LoadTargets(Path.of(args[0]), Path.of(args[1]), args[2]);
        try {
            run.run();
        } finally {
            if (run.server != null) {
                run.server.stop(Duration.ofSeconds(30));
            }
        }
    }

    private void run() throws Exception {
        Dataset.deleteTree(work);
        Files.createDirectories(work);
        Instant began = Instant.now();
        say("Casebook load targets, run '%s' at %s", label, began.truncatedTo(ChronoUnit.SECONDS));
        say("app %s%s", app, commit());
        say("dataset %s: %s stored, %s evidence on %s/%s (built with %s)", dataset, data.getProperty("stored"), data.getProperty("evidence"), ca,
                issue, data.getProperty("builtWithCommit", data.getProperty("builtWith")));
        say("server JVM options: %s (from %s)", jvmOptions.isEmpty() ? "(none)" : String.join(" ", jvmOptions), Dataset.serverJvmOptionsSource(app));
        say("steps %s; %.0f s per measurement after %.0f s warm-up; hammer %d clients for %.0f s; load average %s", steps, duration, warmup,
                hammerClients, hammerDuration, CasebookServer.loadAverage());

        if (steps.contains("start")) {
            step("start, fresh", this::startFresh);
        }
        Path db = work.resolve("db");
        Dataset.copyDatabase(dataset, db);
        if (steps.contains("start")) {
            double first = startUp(db, "first-start");
            report.info("Start on the copied dataset, first time (migrations included)" + startNote, seconds(first), load());
            settle();
            server.stop(Duration.ofSeconds(60));
        }
        String startLoad = load();
        double existing = startUp(db, "server");
        report.target("Start to first answer, existing database (" + data.getProperty("stored") + " stored)" + startNote, seconds(existing), "< 3 s",
                existing < 3, startLoad);

        if (steps.contains("pages")) {
            step("pages", this::pages);
        }
        if (steps.contains("lint")) {
            step("lint", this::lint);
        }
        if (steps.contains("upload")) {
            step("upload", this::uploads);
        }
        if (rssUploads > 0) {
            step("RSS uploads", this::rssAfterUploads);
        }
        long rss = server.rssBytes();
        report.target("RSS before the hammer" + (rssUploads > 0 ? " (after " + rssUploads + " uploads)" : " (no bulk uploads in this run)"),
                megabytes(rss), "< 1 GB after 100,000 uploads", rss < (1L << 30), load());
        if (steps.contains("hammer")) {
            step("hammer", this::hammer);
        }
        long stopLoad = server.rssBytes();
        report.info("RSS at the end", megabytes(stopLoad), load());
        String loadAtStop = load();
        long stopped = server.stop(Duration.ofSeconds(30));
        report.target("SIGTERM to exit (issue 12, section 2)", stopped < 0 ? "killed after 30 s" : seconds(stopped / 1e9), "< 10 s",
                stopped >= 0 && stopped < 10_000_000_000L, loadAtStop);
        server = null;
        Dataset.deleteTree(db);

        if (steps.contains("export16k")) {
            step("export with 16,000 evidence", this::export16k);
        }

        say("");
        say("Run '%s' took %d s. Server logs in %s", label, Duration.between(began, Instant.now()).toSeconds(), work);
        say("");
        report.print(System.out, label + " (" + data.getProperty("stored") + " stored, " + data.getProperty("evidence") + " evidence on "
                + ca + "/" + issue + ")");
        Path table = work.resolve("results.md");
        try (PrintStream out = new PrintStream(Files.newOutputStream(table), true, StandardCharsets.UTF_8)) {
            report.print(out, label);
        }
    }

    private void startFresh() throws Exception {
        Path fresh = work.resolve("fresh-db");
        String loadBefore = load();
        CasebookServer freshServer = start(fresh, "fresh");
        try {
            double took = freshServer.awaitFirstAnswer(Duration.ofMinutes(10)) / 1e9;
            report.target("Start to first answer, fresh data directory", seconds(took), "< 5 s", took < 5, loadBefore);
        } finally {
            freshServer.stop(Duration.ofSeconds(30));
            server = null;
        }
        Dataset.deleteTree(fresh);
    }

    private void pages() throws Exception {
        String issuePage = "/cas/" + ca + "/issues/" + issue;
        String casePage = "/cas/" + ca;
        String export = "/cas/" + ca + ".md";

        warm(issuePage);
        String load = load();
        ClosedLoop.Result one = measure("Issue page", issuePage, 1);
        report.info("Issue page " + issuePage + ", 1 client: p50 (" + size(one) + ")", millis(one.latencies().millis(0.5)), load);
        report.target("Issue page, 1 client: p99", millis(one.latencies().millis(0.99)), "< 50 ms", one.latencies().millis(0.99) < 50, load);
        report.info("Issue page, 1 client: req/s", rate(one), load);
        load = load();
        ClosedLoop.Result many = measure("Issue page", issuePage, 32);
        report.target("Issue page, 32 clients: req/s", rate(many), ">= 300", many.perSecond() >= 300 && clean(many), load);
        report.info("Issue page, 32 clients: p50 / p99", millis(many.latencies().millis(0.5)) + " / " + millis(many.latencies().millis(0.99)), load);

        warm(casePage);
        load = load();
        one = measure("Case page", casePage, 1);
        report.info("Case page " + casePage + ", 1 client: p50 (" + size(one) + ")", millis(one.latencies().millis(0.5)), load);
        report.target("Case page, 1 client: p99", millis(one.latencies().millis(0.99)), "< 25 ms", one.latencies().millis(0.99) < 25, load);
        load = load();
        many = measure("Case page", casePage, 32);
        report.target("Case page, 32 clients: req/s", rate(many), ">= 500", many.perSecond() >= 500 && clean(many), load);
        report.info("Case page, 32 clients: p50 / p99", millis(many.latencies().millis(0.5)) + " / " + millis(many.latencies().millis(0.99)), load);

        warm(export);
        load = load();
        one = measure("Whole-CA export", export, 1);
        report.target("Whole-CA export " + export + ", 1 client: req/s (" + size(one) + ")", rate(one), ">= 50",
                one.perSecond() >= 50 && clean(one), load);
        report.info("Whole-CA export, 1 client: p50 / p99", millis(one.latencies().millis(0.5)) + " / " + millis(one.latencies().millis(0.99)), load);
    }

    /** A closed-loop step, with the server's CPU time per answer (less sensitive to a busy machine than wall time). */
    private ClosedLoop.Result measure(String what, String path, int clients) throws InterruptedException {
        long ticks = server.cpuTicks();
        String load = load();
        ClosedLoop.Result result = ClosedLoop.run(server.port, path, null, clients, duration, drain());
        long used = server.cpuTicks() - ticks;
        long answered = result.latencies().size();
        report.info(what + ", " + clients + (clients == 1 ? " client" : " clients") + ": server CPU per answer (" + answered + " answers)",
                answered == 0 ? "n/a" : millis(used * 10.0 / answered), load);
        return result;
    }

    private void warm(String path) throws InterruptedException {
        if (warmup > 0) {
            ClosedLoop.Result result = ClosedLoop.run(server.port, path, null, 2, warmup, drain());
            say("  warm-up %s: %d requests (%s)", path, result.latencies().size(), result.statusSummary());
        }
    }

    private void lint() throws Exception {
        LeafFactory factory = new LeafFactory(label + "-lint-" + System.nanoTime(), 7);
        List<byte[]> bundles = new ArrayList<>();
        for (int i = 0; i <= lintRounds; i++) {
            bundles.add(LeafFactory.pem(factory.next(1000)).getBytes(StandardCharsets.US_ASCII));
        }
        String load = load();
        List<Double> rates = new ArrayList<>();
        long lintTicks = 0;
        try (HttpConnection connection = new HttpConnection("127.0.0.1", server.port, 600_000)) {
            for (int i = 0; i < bundles.size(); i++) {
                long ticks = server.cpuTicks();
                long sent = System.nanoTime();
                HttpConnection.Response response = connection.send("POST", "/api/lint", authorization, "application/x-pem-file", bundles.get(i), false);
                double took = (System.nanoTime() - sent) / 1e9;
                say("  POST /api/lint, 1,000 certificates: HTTP %d in %.2f s = %.0f certs/s%s", response.status(), took, 1000 / took,
                        i == 0 ? " (warm-up)" : "");
                if (response.status() != 200) {
                    throw new IllegalStateException("POST /api/lint answered " + response.status());
                }
                if (i > 0) {
                    rates.add(1000 / took);
                    lintTicks += server.cpuTicks() - ticks;
                }
            }
        }
        rates.sort(null);
        double median = rates.get(rates.size() / 2);
        report.target("POST /api/lint, 1,000 certificates (as " + user() + "): certs/s, median of " + rates.size(), String.format("%,.0f", median),
                ">= 2,000", median >= 2000, load);
        report.info("POST /api/lint: server CPU per certificate (all threads)", String.format("%.2f ms", lintTicks * 10.0 / (1000.0 * rates.size())),
                load);
    }

    private void uploads() throws Exception {
        LeafFactory factory = new LeafFactory(label + "-upload-" + System.nanoTime(), 11);
        List<byte[]> sequential = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            sequential.add(LeafFactory.pem(factory.next(25)).getBytes(StandardCharsets.US_ASCII));
        }
        String load = load();
        Samples warmTimes = new Samples();
        try (HttpConnection connection = new HttpConnection("127.0.0.1", server.port, 600_000)) {
            for (int i = 0; i < sequential.size(); i++) {
                long sent = System.nanoTime();
                HttpConnection.Response response = connection.send("POST", "/api/certificates", authorization, "application/x-pem-file",
                        sequential.get(i), false);
                long took = System.nanoTime() - sent;
                if (response.status() != 200) {
                    throw new IllegalStateException("POST /api/certificates answered " + response.status());
                }
                if (i >= 5) {
                    warmTimes.add(took);
                }
            }
        }
        report.target("Upload of 25 certificates, one client, warm: median of " + warmTimes.size(), millis(warmTimes.millis(0.5)), "< 300 ms",
                warmTimes.millis(0.5) < 300, load);
        report.info("Upload of 25 certificates, one client: slowest of " + warmTimes.size(), millis(warmTimes.maxMillis()), load);

        int clients = 8;
        List<List<byte[]>> perClient = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<byte[]> mine = new ArrayList<>();
            for (int r = 0; r < concurrentRounds; r++) {
                mine.add(LeafFactory.pem(factory.next(25)).getBytes(StandardCharsets.US_ASCII));
            }
            perClient.add(mine);
        }
        load = load();
        Samples times = new Samples();
        List<String> failures = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (List<byte[]> mine : perClient) {
            Thread thread = new Thread(() -> {
                try (HttpConnection connection = new HttpConnection("127.0.0.1", server.port, 600_000)) {
                    go.await();
                    for (byte[] bundle : mine) {
                        long sent = System.nanoTime();
                        HttpConnection.Response response = connection.send("POST", "/api/certificates", authorization, "application/x-pem-file",
                                bundle, false);
                        long took = System.nanoTime() - sent;
                        synchronized (times) {
                            times.add(took);
                            if (response.status() != 200) {
                                failures.add("HTTP " + response.status());
                            }
                        }
                    }
                } catch (Exception e) {
                    synchronized (times) {
                        failures.add(e.toString());
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        report.target("8 clients uploading 25 certificates at once (" + times.size() + " uploads): slowest", millis(times.maxMillis())
                + (failures.isEmpty() ? "" : " (" + failures.size() + " failed: " + failures.get(0) + ")"), "<= 5 s",
                times.maxMillis() <= 5000 && failures.isEmpty(), load);
        report.info("8 clients uploading at once: median", millis(times.millis(0.5)), load);
    }

    private void rssAfterUploads() throws Exception {
        LeafFactory factory = new LeafFactory(label + "-rss-" + System.nanoTime(), 13);
        String load = load();
        long started = System.nanoTime();
        try (HttpConnection connection = new HttpConnection("127.0.0.1", server.port, 1_800_000)) {
            for (int sent = 0; sent < rssUploads; ) {
                int size = Math.min(2000, rssUploads - sent);
                byte[] bundle = LeafFactory.pem(factory.next(size)).getBytes(StandardCharsets.US_ASCII);
                HttpConnection.Response response = connection.send("POST", "/api/certificates", authorization, "application/x-pem-file", bundle,
                        false);
                if (response.status() != 200) {
                    throw new IllegalStateException("POST /api/certificates answered " + response.status());
                }
                sent += size;
                say("  %,d of %,d uploaded, RSS %s", sent, rssUploads, megabytes(server.rssBytes()));
            }
        }
        report.info("Bulk uploads for the RSS figure: " + rssUploads + " certificates", seconds((System.nanoTime() - started) / 1e9), load);
    }

    private void hammer() throws Exception {
        String load = load();
        long ticksBefore = server.cpuTicks();
        ClosedLoop hammer = new ClosedLoop(server.port, heavyPath, null, hammerClients).start(hammerDuration);
        OpenLoopProbe probe = new OpenLoopProbe(server.port, "/api/cas", 50_000_000L); // 20 a second
        probe.start(hammer.endNanos());
        ClosedLoop.Result result = hammer.finish(true, Duration.ZERO);
        long stoppedAt = System.nanoTime();
        double[] windDown = idleAfter(stoppedAt);
        double idle = windDown[0];
        probe.join();
        long ticksAfter = server.cpuTicks();
        long hammer500 = result.status(500);
        long probe500 = probe.statuses.getOrDefault(500, 0L);
        double p99 = probe.latencies.millis(0.99);
        report.target("While " + hammerClients + " clients hammer " + heavyPath + " for " + (int) hammerDuration + " s: GET /api/cas p99 ("
                + probe.latencies.size() + " probes at 20/s, from due time)", millis(p99), "< 100 ms", p99 < 100 && probe.errors == 0, load);
        report.info("  GET /api/cas p50 / max; answers", millis(probe.latencies.millis(0.5)) + " / " + millis(probe.latencies.maxMillis()) + "; "
                + summary(probe.statuses, probe.errors), load);
        report.target("  Answers 500 during the hammer (hammer + probe)", Long.toString(hammer500 + probe500), "0", hammer500 + probe500 == 0, load);
        report.info("  Hammer: req/s; answers", rate(result) + "; " + (result.latencies().size() == 0 ? "none answered" : result.statusSummary()), load);
        report.target("  CPU idle (< 10% of a core for 2 s) after the load stopped (connections dropped)", Double.isNaN(idle) ? "> " + (int) idleWait + " s" : seconds(idle),
                "<= 5 s", !Double.isNaN(idle) && idle <= 5, load());
        report.info("  Server CPU in the 5 s after the load stopped; during hammer and wind-down",
                String.format("%.1f s; %.0f s", windDown[1], (ticksAfter - ticksBefore) / 100.0), load());
        int after;
        try (HttpConnection connection = new HttpConnection("127.0.0.1", server.port, 60_000)) {
            after = connection.get("/api/cas", null).status();
        } catch (IOException e) {
            after = -1;
        }
        report.target("  GET /api/cas after the hammer", after < 0 ? "no answer" : "HTTP " + after, "200", after == 200, load());
    }

    /**
     * Seconds from {@code fromNanos} until the server's CPU use stays under a tenth of a core for two seconds
     * (/proc/PID/stat ticks, sampled every 250 ms), or NaN if that does not happen within BENCH_IDLE_WAIT; and the
     * CPU seconds it used in the first five seconds after {@code fromNanos}.
     */
    private double[] idleAfter(long fromNanos) throws InterruptedException {
        List<long[]> samples = new ArrayList<>(); // {nanos, ticks}
        int candidate = 0;
        double idle = Double.NaN;
        long ticksAtStart = server.cpuTicks();
        long ticksAtFive = -1;
        long deadline = fromNanos + (long) (idleWait * 1e9);
        while (System.nanoTime() < deadline && (Double.isNaN(idle) || ticksAtFive < 0)) {
            long now = System.nanoTime();
            long ticks = server.cpuTicks();
            samples.add(new long[] {now, ticks});
            if (ticksAtFive < 0 && now - fromNanos >= 5_000_000_000L) {
                ticksAtFive = ticks;
            }
            while (Double.isNaN(idle) && candidate < samples.size() && now - samples.get(candidate)[0] >= 2_000_000_000L) {
                long[] first = samples.get(candidate);
                double cores = (ticks - first[1]) / 100.0 / ((now - first[0]) / 1e9);
                if (cores < 0.1) {
                    idle = (first[0] - fromNanos) / 1e9;
                }
                candidate++;
            }
            Thread.sleep(250);
        }
        return new double[] {idle, ticksAtFive < 0 ? Double.NaN : (ticksAtFive - ticksAtStart) / 100.0};
    }

    private void export16k() throws Exception {
        String other = System.getenv("BENCH_EXPORT_DATASET");
        Path exportDataset = other != null ? Path.of(other) : dataset.getParent().resolve("export-16k");
        if (!Files.isRegularFile(exportDataset.resolve(Dataset.PROPERTIES))) {
            report.target("Whole-CA export with 16,000 evidence: single request", "not measured (no dataset " + exportDataset + ")", "< 1 s",
                    false, load());
            return;
        }
        Properties exportData = Dataset.properties(exportDataset);
        Path db = work.resolve("export-db");
        Dataset.copyDatabase(exportDataset, db);
        String path = "/cas/" + exportData.getProperty("ca") + ".md";
        double up = startUp(db, "export");
        settle();
        try (CasebookServer exportServer = server) {
            String load = load();
            Samples times = new Samples();
            long firstNanos = 0;
            long bytes = 0;
            int status = 0;
            try (HttpConnection connection = new HttpConnection("127.0.0.1", exportServer.port, 600_000)) {
                for (int i = 0; i < 4; i++) {
                    long sent = System.nanoTime();
                    HttpConnection.Response response = connection.get(path, null);
                    long took = System.nanoTime() - sent;
                    status = response.status();
                    bytes = response.bytes();
                    if (i == 0) {
                        firstNanos = took;
                    } else {
                        times.add(took);
                    }
                }
            }
            String what = "Whole-CA export " + path + " with " + exportData.getProperty("evidence") + " evidence (" + exportData.getProperty("stored")
                    + " stored): single request";
            report.target(what + ", median of 3 after the first (" + bytes / 1024 + " KB, HTTP " + status + ")", millis(times.millis(0.5)), "< 1 s",
                    times.millis(0.5) < 1000 && status == 200, load);
            report.info("  the first request after start (server up in " + seconds(up) + startNote + ")", millis(firstNanos / 1e6), load);
        }
        server = null;
        Dataset.deleteTree(db);
    }

    private interface Step {
        void run() throws Exception;
    }

    /** A step that fails is a row of the table; the run goes on (the server may be the reason, and is a figure). */
    private void step(String name, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            report.target("Step '" + name + "' failed", e.toString().replace('\n', ' '), "", false, load());
            e.printStackTrace(System.out);
        }
    }

    /**
     * Starts the server on {@code db} into {@link #server} and returns the seconds to its first answer. A server
     * that exits while starting (seen on a machine at load 30: the pool's 5 s wait for the database ran out under
     * Flyway) is started again, at most twice; {@link #startNote} then says so.
     */
    private double startUp(Path db, String name) throws IOException, InterruptedException {
        startNote = "";
        for (int attempt = 1; ; attempt++) {
            server = start(db, attempt == 1 ? name : name + "-" + attempt);
            try {
                return server.awaitFirstAnswer(Duration.ofMinutes(30)) / 1e9;
            } catch (IllegalStateException e) {
                server.stop(Duration.ofSeconds(30));
                if (attempt == 3) {
                    throw e;
                }
                say("  %s (attempt %d); starting it again", e.getMessage(), attempt);
                startNote = " [exited while starting " + attempt + "x, then started]";
            }
        }
    }

    /**
     * With BENCH_SETTLE_LOG set (lines, separated by '|', that the server logs when its background work after a
     * migration is done, e.g. "Re-linted|Analysed the corpus findings"), waits for all of them before the measured
     * start, so that pages are measured in the steady state, not while the server still analyses a migrated
     * dataset; the wait is reported.
     */
    private void settle() throws IOException, InterruptedException {
        String pattern = System.getenv("BENCH_SETTLE_LOG");
        if (pattern == null || pattern.isBlank()) {
            return;
        }
        long timeoutSeconds = Long.parseLong(System.getenv().getOrDefault("BENCH_SETTLE_TIMEOUT", "1800"));
        Instant began = Instant.now();
        while (Duration.between(began, Instant.now()).toSeconds() < timeoutSeconds) {
            String log = Files.readString(server.log, StandardCharsets.UTF_8);
            if (java.util.Arrays.stream(pattern.split("\\|")).allMatch(log::contains)) {
                report.info("Background work after the first start ('" + pattern + "')",
                        seconds(Duration.between(began, Instant.now()).toMillis() / 1e3), load());
                return;
            }
            Thread.sleep(1000);
        }
        report.info("Background work after the first start ('" + pattern + "')", "not seen within " + timeoutSeconds + " s", load());
    }

    private CasebookServer start(Path db, String name) throws IOException {
        return CasebookServer.start(app, db, port, jvmOptions, data.getProperty("password"), work.resolve("logs").resolve(name + ".log"));
    }

    private Duration drain() {
        return Duration.ofSeconds(120);
    }

    private String user() {
        return System.getenv().getOrDefault("BENCH_USER", data.getProperty("user"));
    }

    private String commit() {
        Path file = app.getParent().resolve("COMMIT");
        try {
            return Files.isRegularFile(file) ? " (commit " + Files.readString(file).trim() + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean clean(ClosedLoop.Result result) {
        return result.errors() == 0 && result.statuses().keySet().stream().allMatch(code -> code == 200);
    }

    private static String size(ClosedLoop.Result result) {
        long answered = result.latencies().size();
        return answered == 0 ? "no answer" : (result.bytes() / answered / 1024) + " KB, " + result.statusSummary();
    }

    private static String summary(java.util.Map<Integer, Long> statuses, long errors) {
        StringBuilder text = new StringBuilder();
        statuses.forEach((code, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append("x").append(code));
        if (errors > 0) {
            text.append(text.length() == 0 ? "" : ", ").append(errors).append(" I/O errors or timeouts");
        }
        return text.toString();
    }

    private static String rate(ClosedLoop.Result result) {
        String rate = result.perSecond() >= 100 ? String.format("%,.0f", result.perSecond()) : String.format("%.1f", result.perSecond());
        return clean(result) ? rate : rate + " (" + result.statusSummary() + ")";
    }

    private static String millis(double millis) {
        if (Double.isNaN(millis)) {
            return "n/a";
        }
        return millis >= 1000 ? String.format("%,.0f ms", millis) : millis >= 10 ? String.format("%.0f ms", millis) : String.format("%.1f ms", millis);
    }

    private static String seconds(double seconds) {
        return String.format("%.1f s", seconds);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%,d MB", bytes >> 20);
    }

    private static String load() {
        return CasebookServer.loadAverage().split(" ")[0];
    }

    private static void say(String format, Object... args) {
        System.out.printf(format + "%n", args);
        System.out.flush();
    }

    private static double seconds(String name, double fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value);
    }

    private static int integer(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    /** The table: each figure next to its target. Informational rows have no target. */
    private static final class Report {
        private record Row(String what, String measured, String target, String result, String load) {
        }

        private final List<Row> rows = new ArrayList<>();

        void target(String what, String measured, String target, boolean met, String load) {
            add(new Row(what, measured, target, met ? "PASS" : "MISS", load));
        }

        void info(String what, String measured, String load) {
            add(new Row(what, measured, "", "", load));
        }

        private void add(Row row) {
            rows.add(row);
            say("  %-80s %-22s %-12s %-4s (load %s)", row.what, row.measured, row.target, row.result, row.load);
        }

        void print(PrintStream out, String title) {
            out.println("Results: " + title);
            out.println();
            out.println("| measurement | measured | target | result | load |");
            out.println("|---|---:|---|---|---:|");
            for (Row row : rows) {
                out.printf("| %s | %s | %s | %s | %s |%n", row.what.replace("|", "\\|"), row.measured.replace("|", "\\|"), row.target, row.result, row.load);
            }
            long missed = rows.stream().filter(row -> row.result.equals("MISS")).count();
            long passed = rows.stream().filter(row -> row.result.equals("PASS")).count();
            out.printf("%n%d targets met, %d missed%n", passed, missed);
        }
    }
}
