package org.casebook.bulkimport.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.casebook.analysis.CertificateView;
import org.casebook.bulkimport.CorpusFormat;
import org.casebook.bulkimport.CorpusItem;
import org.casebook.bulkimport.CorpusItems;
import org.casebook.bulkimport.ImportJob;
import org.casebook.bulkimport.config.CorpusImportConfig;
import org.casebook.ca.CertificationAuthority;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.UploadParser;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.LintWorkers;
import org.casebook.storage.JobLock;
import org.casebook.web.ApiException;
import org.jboss.logging.Logger;

/**
 * Bulk corpus imports as jobs. {@link #start} spools the upload to a file, counts its items and records the job; a
 * worker thread then reads the file batch by batch: items are parsed and linted ({@link LintWorkers}) while the batch
 * before is stored ({@link ImportBatches}, one transaction per batch with the job's progress). On start-up, jobs left
 * running are resumed after their last committed item. Where several instances share a database, the job's
 * {@link JobLock} row lets one work it; an instance without the spool file leaves it to the instance that has it.
 *
 * <p>Times here measure the work (rate, time left), not the case file: they are read from the system clock.
 */
@ApplicationScoped
public class CorpusImports {

    private static final Logger LOG = Logger.getLogger(CorpusImports.class);
    /** Certificates parsed and linted together by one pool thread ({@code LintSuite.runAll}'s batch). */
    static final int LINT_CHUNK = 64;

    @Inject
    CorpusImportConfig config;

    @Inject
    CertificateLints lints;

    @Inject
    ImportBatches batches;

    @Inject
    JobLock locks;

    @Inject
    LintWorkers lintWorkers;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("corpus-import", new AtomicInteger()));
    /** Prepares the next batch while the worker stores the current one. */
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(daemon("corpus-import-prepare", new AtomicInteger()));
    private volatile boolean stopping;

    private static java.util.concurrent.ThreadFactory daemon(String name, AtomicInteger count) {
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    // ---------------------------------------------------------------- starting

    /**
     * Spools the upload, checks it holds items of a known format, records the job and queues it; the job's id. Unknown CA:
     * 404, before the body is read. Empty or unrecognisable body: 400 naming the problem, with nothing kept.
     */
    public long start(String caSlug, InputStream body, String user) {
        ImportJob job = spool(caSlug, body, user);
        submit(job.id);
        return job.id;
    }

    /** {@link #start} without queueing the job: tests work it step by step ({@link #work}). */
    public ImportJob spool(String caSlug, InputStream body, String user) {
        CertificationAuthority ca = QuarkusTransaction.joiningExisting().call(() -> CertificationAuthority.findBySlug(caSlug)
                .orElseThrow(() -> ApiException.notFound("no CA with slug '" + caSlug + "'")));
        Path file;
        long bytes;
        try {
            Path directory = Path.of(config.spoolDirectory());
            Files.createDirectories(directory);
            file = directory.resolve("corpus-" + UUID.randomUUID() + ".upload").toAbsolutePath();
            try (InputStream in = body) {
                bytes = Files.copy(new LimitedStream(in, config.maxBytes()), file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (LimitedStream.TooLarge e) {
            throw new ApiException(413, "request too large", "the corpus upload is more than " + config.maxBytes()
                    + " bytes; the limit is " + config.maxBytes() + " bytes (casebook.corpus-import.max-bytes)");
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool the corpus upload: " + e.getMessage(), e);
        }
        try {
            CorpusFormat format = check(file, bytes);
            long total = count(file, format);
            return QuarkusTransaction.requiringNew().call(() -> {
                ImportJob job = new ImportJob();
                job.caId = ca.id;
                job.caSlug = ca.slug;
                job.state = ImportJob.RUNNING;
                job.format = format.code();
                job.spoolFile = file.toString();
                job.spoolHost = host();
                job.bytes = bytes;
                job.total = total;
                job.startedBy = user;
                job.startedAt = Instant.now();
                job.persist();
                job.getEntityManager().flush();
                job.getEntityManager().createNativeQuery("insert into job_lock (name) values (?1)").setParameter(1, lockName(job.id)).executeUpdate();
                return job;
            });
        } catch (RuntimeException refused) {
            delete(file);
            throw refused;
        }
    }

    private static CorpusFormat check(Path file, long bytes) {
        if (bytes == 0) {
            throw ApiException.badRequest("the upload is empty: send a stream of PEM certificates, JSON lines of base64 DER, or a zip of such files");
        }
        try {
            return CorpusItems.detect(file).orElseThrow(() -> ApiException.badRequest("not a corpus: the upload is neither a stream of PEM"
                    + " certificates (no -----BEGIN line in its first " + CorpusFormat.SNIFF_BYTES / 1024 + " KiB), JSON lines of base64 DER"
                    + " (lines starting with { or \"), a zip, nor DER certificates"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the whole upload once: its items, and a 400 when none of them could be a certificate. */
    private static long count(Path file, CorpusFormat format) {
        long total = 0;
        long readable = 0;
        List<String> problems = new ArrayList<>();
        try (CorpusItems items = CorpusItems.open(file, format)) {
            for (CorpusItem item = items.next(); item != null; item = items.next()) {
                total++;
                if (item.readable()) {
                    readable++;
                } else if (problems.size() < 3) {
                    problems.add("item " + item.number() + " (" + item.source() + "): " + item.problem());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total == 0) {
            throw ApiException.badRequest("no certificate: the upload (" + format.code() + ") holds no items");
        }
        if (readable == 0) {
            throw ApiException.badRequest("no certificate: nothing in the upload could be a certificate: " + String.join("; ", problems)
                    + (total > problems.size() ? "; and " + (total - problems.size()) + " more" : ""));
        }
        return total;
    }

    static String lockName(long jobId) {
        return "corpus-import-" + jobId;
    }

    private static String host() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                name = "unknown";
            }
        }
        return name;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("could not delete the spooled upload %s: %s", file, e.getMessage());
        }
    }

    /**
     * Stops a running job: it ends as {@link ImportJob#CANCELLED}, keeping what it stored (each batch is committed
     * whole), and its spooled upload is deleted here if it is spooled here, else by the instance working it when that
     * one's next batch finds the job no longer running. A 404 for an unknown job, a 409 for one that has ended.
     */
    public JobStatus cancel(long id, String user) {
        String spoolFile = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (job == null) {
                throw ApiException.notFound("no job " + id);
            }
            if (!ImportJob.RUNNING.equals(job.state)) {
                throw ApiException.conflict("job " + id + " has ended (" + job.state + "); only a running job can be cancelled");
            }
            job.state = ImportJob.CANCELLED;
            job.failure = ImportBatches.cut("cancelled by " + user, 1000);
            job.finishedAt = Instant.now();
            return host().equals(job.spoolHost) ? job.spoolFile : null;
        });
        if (spoolFile != null) {
            delete(Path.of(spoolFile));
        }
        LOG.infof("corpus import job %d cancelled by %s", id, user);
        return status(id);
    }

    private static boolean stillRunning(long jobId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(jobId);
            return job != null && ImportJob.RUNNING.equals(job.state);
        });
    }

    // ---------------------------------------------------------------- reading

    /** The job as its page shows it, or a 404. */
    public JobStatus status(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            ImportJob job = ImportJob.findById(id);
            if (job == null) {
                throw ApiException.notFound("no job " + id);
            }
            List<JobStatus.Rejection> rejections = new ArrayList<>();
            for (Object row : job.getEntityManager().createNativeQuery("select item, reason from import_job_rejection where job_id = ?1 order by item")
                    .setParameter(1, id).setMaxResults(config.rejectionsKept()).getResultList()) {
                Object[] r = (Object[]) row;
                rejections.add(new JobStatus.Rejection(((Number) r[0]).longValue(), (String) r[1]));
            }
            Double rate = null;
            Long secondsLeft = null;
            if (job.workedFrom != null) {
                Instant until = job.finishedAt != null ? job.finishedAt : Instant.now();
                double seconds = Math.max(0.001, Duration.between(job.workedFrom, until).toMillis() / 1000.0);
                long worked = job.consumed - job.workedFromItem;
                rate = Math.round(worked / seconds * 10) / 10.0;
                if (ImportJob.RUNNING.equals(job.state) && worked > 0) {
                    secondsLeft = (long) Math.ceil((job.total - job.consumed) / (worked / seconds));
                }
            }
            return new JobStatus(job.id, job.caSlug, job.state, job.format, job.bytes, job.total, job.consumed, job.stored, job.alreadyOnFile,
                    job.rejected, rate, secondsLeft, job.startedAt, job.finishedAt, job.startedBy, job.resumptions, job.failure, rejections);
        });
    }

    // ---------------------------------------------------------------- working

    /** Resumes, in the background, the jobs left running (after a restart); one instance works each. */
    void resumeOnStart(@Observes @Priority(12_000) StartupEvent event) {
        List<Long> running = QuarkusTransaction.requiringNew().call(() -> ImportJob.running().stream().map(j -> j.id).toList());
        running.forEach(this::submit);
        if (!running.isEmpty()) {
            LOG.infof("resuming %d corpus import job(s): %s", running.size(), running);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdownNow();
        preparer.shutdownNow();
    }

    private void submit(long jobId) {
        worker.submit(() -> {
            try {
                resume(jobId);
            } catch (RuntimeException e) {
                LOG.errorf(e, "corpus import job %d", jobId);
            }
        });
    }

    /** Works the job to its end from its last committed item, unless another instance is working it; false then. */
    public boolean resume(long jobId) {
        return work(jobId, config.batch(), Long.MAX_VALUE);
    }

    /**
     * Works at most {@code maxBatches} batches of {@code batchSize} items (the job stays running if items are left, as after
     * a crash) and finishes the job when none are. False when another instance holds the job.
     */
    public boolean work(long jobId, int batchSize, long maxBatches) {
        Optional<JobLock.Held> held = locks.tryLock(lockName(jobId));
        if (held.isEmpty()) {
            LOG.infof("corpus import job %d is being worked by another instance", jobId);
            return false;
        }
        try (JobLock.Held lock = held.get()) {
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob found = ImportJob.findById(jobId);
                if (found == null || !ImportJob.RUNNING.equals(found.state)) {
                    return null;
                }
                if (found.workedFrom != null) {
                    found.resumptions++;
                }
                found.workedFrom = Instant.now();
                found.workedFromItem = found.consumed;
                return found;
            });
            if (job == null) {
                return true;
            }
            Path file = Path.of(job.spoolFile);
            if (!Files.isReadable(file)) {
                if (host().equals(job.spoolHost)) {
                    finish(jobId, ImportJob.FAILED, "the spooled upload " + file + " is gone");
                } else {
                    LOG.warnf("corpus import job %d: its upload is spooled on %s, not here; left to that instance", jobId, job.spoolHost);
                }
                return true;
            }
            try {
                boolean finished = workFile(job, file, batchSize, maxBatches);
                if (finished) {
                    finish(jobId, ImportJob.DONE, null);
                    delete(file);
                }
            } catch (RuntimeException | IOException e) {
                if (!stillRunning(jobId)) {
                    // cancelled meanwhile: its last batch could not commit its progress, and is rolled back
                    LOG.infof("corpus import job %d was cancelled; its worker stopped", jobId);
                    delete(file);
                } else if (stopping || Thread.currentThread().isInterrupted()) {
                    LOG.infof("corpus import job %d stopped with the application; it resumes at the next start", jobId);
                } else {
                    LOG.errorf(e, "corpus import job %d failed", jobId);
                    finish(jobId, ImportJob.FAILED, ImportBatches.cut(String.valueOf(e.getMessage()), 1000));
                }
            }
            return true;
        }
    }

    private void finish(long jobId, String state, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.state = state;
            job.failure = failure;
            job.finishedAt = Instant.now();
        });
    }

    /** True when every item is consumed; batches are linted one ahead of the batch being stored. */
    private boolean workFile(ImportJob job, Path file, int batchSize, long maxBatches) throws IOException {
        long consumed = job.consumed;
        try (CorpusItems items = CorpusItems.open(file, CorpusFormat.ofCode(job.format))) {
            if (!items.skip(consumed)) {
                throw new IllegalStateException("the spooled upload has fewer items than the " + consumed + " already consumed");
            }
            List<CorpusItem> first = read(items, batchSize);
            CompletableFuture<List<PreparedItem>> pending = first.isEmpty() ? null : prepare(first);
            long batchesDone = 0;
            while (pending != null) {
                List<PreparedItem> batch = pending.join();
                boolean more = batchesDone + 1 < maxBatches;
                List<CorpusItem> next = more ? read(items, batchSize) : List.of();
                pending = next.isEmpty() ? null : prepare(next);
                consumed = storeBatch(job, consumed, batch);
                batchesDone++;
                if (!more) {
                    return items.next() == null;
                }
                if (stopping) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Stores a batch in one transaction; when that fails, each item in a transaction of its own (a bad one is rejected). */
    private long storeBatch(ImportJob job, long consumed, List<PreparedItem> batch) {
        try {
            batches.store(job.id, consumed, batch, job.startedBy);
            return batch.get(batch.size() - 1).number();
        } catch (RuntimeException batchFailed) {
            if (stopping || !stillRunning(job.id)) {
                throw batchFailed;
            }
            LOG.debugf(batchFailed, "corpus import job %d: a batch of %d items failed together; storing each alone", job.id, (Object) batch.size());
        }
        long at = consumed;
        for (PreparedItem item : batch) {
            try {
                batches.store(job.id, at, List.of(item), job.startedBy);
            } catch (RuntimeException itemFailed) {
                if (stopping) {
                    throw itemFailed;
                }
                batches.store(job.id, at, List.of(PreparedItem.rejected(item.number(), item.source(), "could not be stored: " + reason(itemFailed))),
                        job.startedBy);
            }
            at = item.number();
        }
        return at;
    }

    private static String reason(Throwable failure) {
        String reason = failure.getMessage();
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                reason = cause.getMessage();
            }
        }
        return reason == null ? failure.getClass().getSimpleName() : ImportBatches.cut(reason.strip(), 300);
    }

    private static List<CorpusItem> read(CorpusItems items, int count) throws IOException {
        List<CorpusItem> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            CorpusItem item = items.next();
            if (item == null) {
                break;
            }
            batch.add(item);
        }
        return batch;
    }

    /**
     * Parses and lints a batch in the background, {@value #LINT_CHUNK} items per task spread over the upload path's
     * {@link LintWorkers}, while the worker stores the batch before; the items in order.
     */
    private CompletableFuture<List<PreparedItem>> prepare(List<CorpusItem> items) {
        List<List<CorpusItem>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += LINT_CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + LINT_CHUNK)));
        }
        return CompletableFuture.supplyAsync(() -> {
            List<PreparedItem> all = new ArrayList<>(items.size());
            lintWorkers.map(chunks, this::prepareChunk, new LongAdder()).forEach(all::addAll);
            return all;
        }, preparer);
    }

    private List<PreparedItem> prepareChunk(List<CorpusItem> chunk) {
        List<PreparedItem> prepared = new ArrayList<>(chunk.size());
        List<CertificateView> views = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (CorpusItem item : chunk) {
            if (!item.readable()) {
                prepared.add(PreparedItem.rejected(item.number(), item.source(), item.problem()));
                continue;
            }
            UploadParser.Outcome outcome = UploadParser.certificate(item.der());
            if (outcome instanceof UploadParser.Accepted accepted) {
                at.add(prepared.size());
                prepared.add(null);
                views.add(accepted.certificate());
            } else {
                prepared.add(PreparedItem.rejected(item.number(), item.source(), ((UploadParser.Rejected) outcome).reason()));
            }
        }
        List<List<StoredFinding>> findings = views.isEmpty() ? List.of() : lints.findingsOfEach(views);
        for (int i = 0; i < views.size(); i++) {
            int index = at.get(i);
            CorpusItem item = chunk.get(index);
            prepared.set(index, findings.get(i) == null
                    ? PreparedItem.rejected(item.number(), item.source(), "could not be linted")
                    : new PreparedItem(item.number(), item.source(), views.get(i), findings.get(i), null));
        }
        return prepared;
    }
}
