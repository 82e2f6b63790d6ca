package org.casebook.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulk corpus import (issue 15) against a packaged Casebook on a fresh H2 database: POSTs a corpus file to
 * {@code /api/cas/{ca}/corpus}, polls the job to its end, and prints certificates per second, the heap and RSS seen
 * while it ran, and the database file's size per certificate. With a second PEM file, then uploads that through the
 * ordinary path ({@code POST /api/certificates}, bundles of 1,000) for comparison on the same server.
 * {@code java -cp benchmarks.jar org.casebook.bench.load.ImportLoad APP_DIR CORPUS_PEM LABEL [UPLOAD_PEM]}.
 */
public final class ImportLoad {

    private static final Pattern NUMBER = Pattern.compile("\"(%s)\":(\"[^\"]*\"|[-0-9.eE]+|null)");

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ImportLoad APP_DIR CORPUS_PEM LABEL [UPLOAD_PEM]");
            System.exit(2);
        }
        Path app = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        String label = args[2];
        Path work = Path.of(System.getenv().getOrDefault("BENCH_WORK", "/tmp/casebook-bench"), "import-" + label);
        Dataset.deleteTree(work);
        Path data = work.resolve("db");
        int port = Integer.parseInt(System.getenv().getOrDefault("BENCH_PORT", "8091"));
        List<String> jvm = Dataset.serverJvmOptions(app);
        System.out.printf("corpus %s (%d bytes); server JVM options %s; load %s%n", corpus, Files.size(corpus), jvm, CasebookServer.loadAverage());
        String password = "bench-admin-pw";
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port;
        CasebookServer server = CasebookServer.start(app, data, port, jvm, password, work.resolve("server.log"),
                java.util.Map.of("CASEBOOK_CORPUS_IMPORT_SPOOL_DIRECTORY", work.resolve("spool").toString()));
        try {
            server.awaitFirstAnswer(Duration.ofMinutes(3));
            HttpResponse<String> ca = http.send(HttpRequest.newBuilder(URI.create(base + "/api/cas")).header("Authorization", auth)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"slug\":\"bench-import\",\"name\":\"Bench Import CA\",\"country\":\"CN\",\"timeZone\":\"Asia/Shanghai\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            check(ca, 201);

            long posted = System.nanoTime();
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/cas/bench-import/corpus"))
                    .header("Authorization", auth).header("Content-Type", "application/x-pem-file").timeout(Duration.ofHours(2))
                    .POST(HttpRequest.BodyPublishers.ofFile(corpus)).build(), HttpResponse.BodyHandlers.ofString());
            check(started, 202);
            double uploadSeconds = (System.nanoTime() - posted) / 1e9;
            String job = field(started.body(), "job");
            System.out.printf("202 after %.1f s (upload, spool, count): job %s%n", uploadSeconds, job);
            long maxRss = 0;
            double maxHeap = 0;
            String status;
            long lastPrint = 0;
            long polls = 0;
            while (true) {
                status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + job)).header("Authorization", auth).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                maxRss = Math.max(maxRss, server.rssBytes());
                // Every authenticated request costs a bcrypt check (tens of ms of CPU): the heap is read every fourth poll.
                if (++polls % 4 == 1) {
                    maxHeap = Math.max(maxHeap, heapUsed(http, base, auth));
                }
                if (System.nanoTime() - lastPrint > 15e9) {
                    lastPrint = System.nanoTime();
                    System.out.printf("  %s of %s, %s/s, %s s left, heap %.0f MB, RSS %d MB, load %s%n", field(status, "done"), field(status, "total"),
                            field(status, "ratePerSecond"), field(status, "secondsLeft"), maxHeap / 1e6, maxRss >> 20, CasebookServer.loadAverage());
                }
                if (!"running".equals(field(status, "state"))) {
                    break;
                }
                Thread.sleep(2500);
            }
            double endToEnd = (System.nanoTime() - posted) / 1e9;
            Instant from = Instant.parse(field(status, "startedAt"));
            Instant to = Instant.parse(field(status, "finishedAt"));
            double jobSeconds = Duration.between(from, to).toMillis() / 1000.0;
            long total = Long.parseLong(field(status, "total"));
            long stored = Long.parseLong(field(status, "stored"));
            System.out.printf("job %s: %s; %d items, %s stored, %s already on file, %s rejected%n", job, field(status, "state"), total, stored,
                    field(status, "alreadyOnFile"), field(status, "rejected"));
            System.out.printf("job time %.1f s = %.0f certificates/s (stored and linted); end to end with the upload %.1f s = %.0f/s%n",
                    jobSeconds, total / jobSeconds, endToEnd, total / endToEnd);
            System.out.printf("peak heap used %.0f MB (sampled every 10 s), peak RSS %d MB%n", maxHeap / 1e6, maxRss >> 20);

            if (args.length > 3) {
                uploadPath(http, base, auth, Path.of(args[3]));
            }
        } finally {
            server.stop(Duration.ofSeconds(60));
        }
        long bytes = Dataset.databaseBytes(data);
        long certificates = certificatesIn(corpus);
        System.out.printf("H2 database after shutdown: %d bytes; %.0f bytes per certificate of the corpus (%d)%n", bytes,
                (double) bytes / certificates, certificates);
        System.out.printf("load after: %s%n", CasebookServer.loadAverage());
    }

    /** The ordinary upload path, bundle by bundle, on the same server. */
    private static void uploadPath(HttpClient http, String base, String auth, Path pem) throws Exception {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n").matcher(text);
        while (block.find()) {
            blocks.add(block.group());
        }
        long started = System.nanoTime();
        for (int from = 0; from < blocks.size(); from += 1000) {
            String bundle = String.join("", blocks.subList(from, Math.min(blocks.size(), from + 1000)));
            check(http.send(HttpRequest.newBuilder(URI.create(base + "/api/certificates")).header("Authorization", auth)
                    .header("Content-Type", "application/x-pem-file").timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofString(bundle)).build(), HttpResponse.BodyHandlers.ofString()), 200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("ordinary upload path (POST /api/certificates, bundles of 1,000): %d certificates in %.1f s = %.0f/s%n",
                blocks.size(), seconds, blocks.size() / seconds);
    }

    private static double heapUsed(HttpClient http, String base, String auth) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).header("Authorization", auth).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            Matcher line = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.eE+]+)").matcher(metrics);
            while (line.find()) {
                sum += Double.parseDouble(line.group(1));
            }
            return sum;
        } catch (Exception e) {
            return 0;
        }
    }

    private static long certificatesIn(Path pem) throws Exception {
        try (var lines = Files.lines(pem, StandardCharsets.US_ASCII)) {
            return lines.filter(l -> l.startsWith("-----BEGIN CERTIFICATE")).count();
        }
    }

    private static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** A top-level value of a small JSON object, as text (strings without their quotes). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile(String.format(NUMBER.pattern(), Pattern.quote(name))).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        String value = m.group(2);
        return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private ImportLoad() {
    }
}
