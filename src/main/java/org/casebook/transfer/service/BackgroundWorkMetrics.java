package org.casebook.transfer.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.StoredCorpusFindings;
import org.jboss.logging.Logger;

/**
 * How far the background jobs have got, for Prometheus: certificates still to be re-linted under the current lint set
 * ({@code casebook_relint_backlog}), still to get corpus findings under the current check set
 * ({@code casebook_corpus_backlog}), whether the corpus statistics are complete, and the certificates on file. The
 * counts are read from the database at most every {@value #TTL_MILLIS} ms however often the scraper asks.
 */
@Singleton
public class BackgroundWorkMetrics implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(BackgroundWorkMetrics.class);
    static final long TTL_MILLIS = 10_000;

    @Inject
    CertificateLints lints;

    @Inject
    StoredCorpusFindings corpus;

    private record Counts(long readAt, double certificates, double relintBacklog, double corpusBacklog) {
    }

    private final AtomicReference<Counts> last = new AtomicReference<>(new Counts(0, Double.NaN, Double.NaN, Double.NaN));

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("casebook.certificates", this, m -> m.counts().certificates())
                .description("Certificates on file").register(registry);
        Gauge.builder("casebook.relint.backlog", this, m -> m.counts().relintBacklog())
                .description("Certificates whose stored findings were made by another lint set (the background re-lint's work left)")
                .register(registry);
        Gauge.builder("casebook.corpus.backlog", this, m -> m.counts().corpusBacklog())
                .description("Certificates without corpus findings of the current check set (the corpus refresh's work left)")
                .register(registry);
        Gauge.builder("casebook.corpus.statistics.complete", this, m -> m.corpus.statisticsComplete() ? 1 : 0)
                .description("1 when the stored corpus statistics count every certificate, 0 while the corpus refresh catches up")
                .register(registry);
    }

    private Counts counts() {
        Counts counts = last.get();
        if (System.currentTimeMillis() - counts.readAt() < TTL_MILLIS) {
            return counts;
        }
        try {
            Counts fresh = QuarkusTransaction.requiringNew().call(() -> new Counts(System.currentTimeMillis(), StoredCertificate.count(),
                    StoredCertificate.count("lintSetVersion is null or lintSetVersion <> ?1", lints.fingerprint()),
                    StoredCertificate.count("corpusVersion is null or corpusVersion <> ?1", corpus.fingerprint())));
            last.set(fresh);
            return fresh;
        } catch (RuntimeException e) {
            LOG.debugf(e, "could not count the background work left");
            return counts;
        }
    }
}
