package org.casebook.bench.load;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Builds a benchmark dataset: starts a packaged Casebook on a fresh H2 file database, uploads {@code stored}
 * distinct certificates ({@link LeafFactory}), the first {@code evidence} of them filed as evidence on one issue
 * ({@code POST /api/certificates?ca=wosign&issue=S}), then stops the server with SIGTERM. What is left,
 * {@code <dataset>/db/casebook.mv.db} and {@code <dataset>/dataset.properties}, is copied by {@link LoadTargets}
 * for every measured run, so runs of two builds start from the same data (a newer build migrates its copy).
 *
 * <pre>
 * java -cp target/benchmarks.jar org.casebook.bench.load.DatasetBuilder QUARKUS_APP_DIR DATASET_DIR STORED EVIDENCE
 *      [--from=OTHER_DATASET_DIR] [--ca=wosign] [--issue=S] [--bundle=2000] [--port=18741]
 * </pre>
 * With {@code --from} the other dataset is copied first and STORED/EVIDENCE more are added to it.
 */
public final class DatasetBuilder {

    static final String DEFAULT_PASSWORD = "bench-admin-password-2026";

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Properties options = new Properties();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.setProperty(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 4) {
            System.err.println("usage: DatasetBuilder QUARKUS_APP_DIR DATASET_DIR STORED EVIDENCE [--from=DATASET] [--ca=wosign] [--issue=S]"
                    + " [--bundle=2000] [--port=18741]");
            System.exit(2);
        }
        Path app = Path.of(positional.get(0));
        Path dataset = Path.of(positional.get(1)).toAbsolutePath();
        int stored = Integer.parseInt(positional.get(2));
        int evidence = Integer.parseInt(positional.get(3));
        String ca = options.getProperty("ca", "wosign");
        String issue = options.getProperty("issue", "S");
        int bundle = Integer.parseInt(options.getProperty("bundle", "2000"));
        int port = Integer.parseInt(options.getProperty("port", System.getenv().getOrDefault("BENCH_PORT", "18741")));
        if (evidence > stored) {
            throw new IllegalArgumentException("EVIDENCE (" + evidence + ") must not exceed STORED (" + stored + ")");
        }
        if (Files.exists(dataset)) {
            throw new IllegalArgumentException(dataset + " exists already; a dataset is built once, into a new directory");
        }

        Properties description = new Properties();
        long baseStored = 0;
        long baseEvidence = 0;
        String password = System.getenv().getOrDefault("BENCH_PASSWORD", DEFAULT_PASSWORD);
        String user = System.getenv().getOrDefault("BENCH_USER", "admin");
        if (options.containsKey("from")) {
            Path from = Path.of(options.getProperty("from")).toAbsolutePath();
            Properties base = Dataset.properties(from);
            if (!base.getProperty("ca").equals(ca) || !base.getProperty("issue").equals(issue)) {
                throw new IllegalArgumentException("--from dataset files evidence on " + base.getProperty("ca") + "/" + base.getProperty("issue"));
            }
            Files.createDirectories(dataset);
            Dataset.copyDatabase(from, dataset.resolve("db"));
            baseStored = Long.parseLong(base.getProperty("stored"));
            baseEvidence = Long.parseLong(base.getProperty("evidence"));
            password = base.getProperty("password");
            user = base.getProperty("user");
            description.setProperty("from", from.toString());
        }
        Files.createDirectories(dataset);
        String authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

        System.out.printf("dataset %s: %,d certificates to store, %,d of them as evidence on %s/%s (%s), load %s%n", dataset, stored, evidence,
                ca, issue, baseStored > 0 ? "on top of " + baseStored : "fresh database", CasebookServer.loadAverage());
        Instant began = Instant.now();
        // on a busy machine opening a large H2 file can outlast the pool's 5 s wait, and Flyway then gives up
        CasebookServer server = CasebookServer.start(app, dataset.resolve("db"), port, Dataset.serverJvmOptions(app), password,
                dataset.resolve("build-server.log"), Map.of("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "300S"));
        double firstAnswer = server.awaitFirstAnswer(Duration.ofMinutes(5)) / 1e9;
        System.out.printf("server up after %.1f s (pid %d)%n", firstAnswer, server.pid());

        // bundles are made on a thread of their own while the previous one uploads
        BlockingQueue<Bundle> bundles = new ArrayBlockingQueue<>(2);
        long seed = System.nanoTime();
        int storeOnly = stored - evidence;
        boolean withCa = baseStored == 0;
        Thread maker = new Thread(() -> {
            LeafFactory factory = new LeafFactory(dataset.getFileName() + "-" + Long.toString(seed, 36), seed);
            try {
                boolean caPending = withCa;
                for (int done = 0; done < evidence; ) {
                    int size = Math.min(bundle, evidence - done);
                    List<byte[]> ders = new ArrayList<>(size);
                    if (caPending && storeOnly == 0) {
                        ders.add(factory.caCertificate());
                        caPending = false;
                    }
                    ders.addAll(factory.next(size - ders.size()));
                    bundles.put(new Bundle(LeafFactory.pem(ders), ders.size(), true));
                    done += size;
                }
                for (int done = 0; done < storeOnly; ) {
                    int size = Math.min(bundle, storeOnly - done);
                    List<byte[]> ders = new ArrayList<>(size);
                    if (caPending) {
                        ders.add(factory.caCertificate());
                        caPending = false;
                    }
                    ders.addAll(factory.next(size - ders.size()));
                    bundles.put(new Bundle(LeafFactory.pem(ders), ders.size(), false));
                    done += size;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "certificate-maker");
        maker.setDaemon(true);
        maker.start();

        long sent = 0;
        long uploadNanos = 0;
        try (HttpConnection connection = new HttpConnection("127.0.0.1", port, 30 * 60_000)) {
            while (sent < stored) {
                Bundle next = bundles.take();
                String path = "/api/certificates" + (next.evidence ? "?ca=" + ca + "&issue=" + issue : "");
                long started = System.nanoTime();
                HttpConnection.Response response = connection.send("POST", path, authorization, "application/x-pem-file",
                        next.pem.getBytes(StandardCharsets.US_ASCII), true);
                long took = System.nanoTime() - started;
                uploadNanos += took;
                sent += next.count;
                String body = response.text();
                if (response.status() != 200 || !body.contains("\"rejected\":[]")) {
                    server.stop(Duration.ofSeconds(60));
                    throw new IllegalStateException("upload answered " + response.status() + ": "
                            + body.substring(0, Math.min(2000, body.length())));
                }
                System.out.printf("%s %,d certificates in %.1f s (%.0f/s); %,d of %,d sent, load %s%n",
                        next.evidence ? "evidence" : "stored  ", next.count, took / 1e9, next.count / (took / 1e9), sent, stored,
                        CasebookServer.loadAverage());
            }
        }
        long rss = server.rssBytes();
        long stopNanos = server.stop(Duration.ofMinutes(3));
        if (stopNanos < 0) {
            System.out.println("WARNING: the server did not stop within 3 minutes of SIGTERM and was killed; the dataset may need recovery");
        }
        Files.deleteIfExists(dataset.resolve("db").resolve("casebook.trace.db"));

        description.setProperty("stored", Long.toString(baseStored + stored));
        description.setProperty("evidence", Long.toString(baseEvidence + evidence));
        description.setProperty("ca", ca);
        description.setProperty("issue", issue);
        description.setProperty("user", user);
        description.setProperty("password", password);
        description.setProperty("builtWith", app.toAbsolutePath().normalize().toString());
        Path commit = app.toAbsolutePath().getParent().resolve("COMMIT");
        if (Files.isRegularFile(commit)) {
            description.setProperty("builtWithCommit", Files.readString(commit).trim());
        }
        description.setProperty("builtAt", Instant.now().toString());
        description.setProperty("buildSeconds", Long.toString(Duration.between(began, Instant.now()).toSeconds()));
        description.setProperty("uploadCertificatesPerSecond", String.format("%.0f", stored / (uploadNanos / 1e9)));
        description.setProperty("serverRssBytesAtEnd", Long.toString(rss));
        try (Writer writer = Files.newBufferedWriter(dataset.resolve(Dataset.PROPERTIES), StandardCharsets.UTF_8)) {
            description.store(writer, "Casebook load benchmark dataset (bench/load); copy db/ for each run, never run a server on it");
        }
        System.out.printf("done in %d s: %s (database %,d MB), server stopped %s%n", Duration.between(began, Instant.now()).toSeconds(),
                dataset, Dataset.databaseBytes(dataset.resolve("db")) >> 20,
                stopNanos < 0 ? "by SIGKILL" : String.format("%.1f s after SIGTERM", stopNanos / 1e9));
    }

    private record Bundle(String pem, int count, boolean evidence) {
    }
}
