package org.casebook.report.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.ca.CertificationAuthority;
import org.casebook.chart.FindingCountsChart.CodeCount;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.evidence.service.StoredCorpusFindings;
import org.casebook.report.CorpusReport;
import org.casebook.report.Selection;
import org.casebook.storage.CaseClock;
import org.casebook.web.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Corpus reports per CA, worked out once and kept until the corpus changes (see {@link CertificateRows#corpusStamp}).
 * A corpus of up to {@code casebook.corpus-report.in-request-max} certificates is computed in the request that asks;
 * a larger one in the background, one at a time, while the pages show how far it has come (and the previous report,
 * if there is one, marked as out of date).
 */
@ApplicationScoped
public class CorpusReports {

    private static final Logger LOG = Logger.getLogger(CorpusReports.class);

    static final String BACKDATED = "w_backdated_by_sct";
    static final String DUPLICATE_SERIAL = "e_duplicate_serial_same_issuer";
    static final String FIXED_NOT_AFTER = "n_fixed_notafter_template";
    static final String SERIAL_63_BITS = "w_serial_generator_63_bits";
    private static final int BACKGROUND_TIMEOUT_SECONDS = 3600;

    @Inject
    CertificateRows rows;

    @Inject
    ChartData charts;

    @Inject
    StoredCorpusFindings corpusFindings;

    @Inject
    CertificateLints lints;

    @Inject
    CaseClock clock;

    @ConfigProperty(name = "casebook.corpus-report.in-request-max", defaultValue = "5000")
    long inRequestMax;

    /** How far a background computation has come. */
    public record Progress(long done, long total, Instant startedAt) {

        public int percent() {
            return total == 0 ? 0 : (int) (100 * done / total);
        }
    }

    /**
     * What a request gets: the report when one is current; otherwise {@code progress} of the one being computed and
     * the last report made before the corpus changed ({@code report}, possibly null), which {@code current} says is old.
     */
    public record Answer(CorpusReport report, boolean current, Progress progress) {
    }

    private record Entry(String stamp, CorpusReport report, AtomicLong done, long total, Instant startedAt, boolean running) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "corpus-report");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** The CA's report, computed now when small, else the state of its background computation (started if need be). */
    public Answer report(String caSlug) {
        Long caId = QuarkusTransaction.joiningExisting().call(() -> CertificationAuthority.findBySlug(caSlug)
                .map(ca -> ca.id).orElseThrow(() -> ApiException.notFound("no CA with slug '" + caSlug + "'")));
        String stamp = QuarkusTransaction.joiningExisting().call(() -> rows.corpusStamp(caId, corpusFindings.fingerprint(), lints.fingerprint()));
        Entry entry = entries.get(caSlug);
        if (entry != null && entry.stamp().equals(stamp)) {
            if (!entry.running()) {
                return new Answer(entry.report(), true, null);
            }
            return new Answer(entry.report(), false, new Progress(entry.done().get(), entry.total(), entry.startedAt()));
        }
        long size = QuarkusTransaction.joiningExisting().call(() -> rows.corpusSize(caId));
        CorpusReport previous = entry == null ? null : entry.report();
        if (size <= inRequestMax) {
            CorpusReport report = QuarkusTransaction.joiningExisting().call(() -> compute(caSlug, new AtomicLong()));
            entries.put(caSlug, new Entry(stamp, report, new AtomicLong(size), size, report.computedAt(), false));
            return new Answer(report, true, null);
        }
        synchronized (this) {
            Entry now = entries.get(caSlug);
            if (now != null && now.stamp().equals(stamp)) {
                return new Answer(now.report(), !now.running(), now.running() ? new Progress(now.done().get(), now.total(), now.startedAt()) : null);
            }
            Entry running = new Entry(stamp, previous, new AtomicLong(), size, clock.now(), true);
            entries.put(caSlug, running);
            background.submit(() -> computeInBackground(caSlug, running));
            return new Answer(previous, false, new Progress(0, size, running.startedAt()));
        }
    }

    private void computeInBackground(String caSlug, Entry running) {
        try {
            CorpusReport report = QuarkusTransaction.requiringNew().timeout(BACKGROUND_TIMEOUT_SECONDS).call(() -> compute(caSlug, running.done()));
            entries.computeIfPresent(caSlug, (slug, entry) -> entry == running
                    ? new Entry(running.stamp(), report, running.done(), running.total(), running.startedAt(), false) : entry);
            LOG.infof("corpus report of %s: %d certificates in %d ms", caSlug, report.certificates(), report.computedIn().toMillis());
        } catch (RuntimeException e) {
            LOG.errorf(e, "corpus report of %s failed", caSlug);
            // Forgotten, so that the next request tries again.
            entries.remove(caSlug, running);
        }
    }

    /** Works the report out from what is stored now (in the caller's transaction); {@code done} counts certificates read. */
    CorpusReport compute(String caSlug, AtomicLong done) {
        long started = System.nanoTime();
        CertificationAuthority ca = CertificationAuthority.findBySlug(caSlug).orElseThrow(() -> ApiException.notFound("no CA with slug '" + caSlug + "'"));
        ChartData.Place place = ChartData.Place.of(ca);
        List<CertificateRows.Row> corpus = rows.corpus(ca.id);
        Map<Long, CertificateRows.Row> byId = new HashMap<>();
        corpus.forEach(r -> byId.put(r.id(), r));
        Map<String, List<String>> selections = new LinkedHashMap<>();
        selections.put(Selection.ALL, corpus.stream().map(CertificateRows.Row::sha256).toList());
        List<CorpusReport.BackdatedRow> backdated = new ArrayList<>();
        Map<String, List<CertificateRows.Row>> duplicates = new LinkedHashMap<>();
        Map<String, List<CertificateRows.Row>> templates = new LinkedHashMap<>();
        Map<String, Long> generator63 = new HashMap<>();
        ChartData.FindingsListener listener = new ChartData.FindingsListener() {
            @Override
            public void certificate(long id, Set<String> codes, Map<String, StoredFinding> corpusByCode) {
                CertificateRows.Row row = byId.get(id);
                for (String code : codes) {
                    selections.computeIfAbsent(Selection.finding(code), k -> new ArrayList<>()).add(row.sha256());
                }
                if (codes.contains(BACKDATED) && row.latestSct() != null) {
                    backdated.add(new CorpusReport.BackdatedRow(row.sha256(), row.notBefore(), row.notAfter(), row.latestSct(),
                            Duration.between(row.notBefore(), row.latestSct())));
                }
                if (codes.contains(DUPLICATE_SERIAL)) {
                    duplicates.computeIfAbsent(Selection.duplicate(row.issuerNameHash(), row.serialHex()), k -> new ArrayList<>()).add(row);
                }
                if (codes.contains(FIXED_NOT_AFTER)) {
                    templates.computeIfAbsent(Selection.template(row.issuerNameHash(), row.notAfter()), k -> new ArrayList<>()).add(row);
                }
                if (codes.contains(SERIAL_63_BITS)) {
                    generator63.merge(row.issuerNameHash(), 1L, Long::sum);
                }
            }

            @Override
            public void progress(long read, long total) {
                done.set(read);
            }
        };
        List<CodeCount> counts = charts.findingCounts(corpus.stream().map(CertificateRows.Row::id).toList(), rows.corpusLintFindings(ca.id),
                ca.slug, listener);
        backdated.sort(Comparator.comparing(CorpusReport.BackdatedRow::notBefore).thenComparing(CorpusReport.BackdatedRow::sha256));
        selections.put(Selection.BACKDATED, backdated.stream().map(CorpusReport.BackdatedRow::sha256).toList());

        List<CorpusReport.DuplicateSerialGroup> duplicateGroups = new ArrayList<>();
        duplicates.forEach((key, group) -> {
            selections.put(key, group.stream().map(CertificateRows.Row::sha256).toList());
            duplicateGroups.add(new CorpusReport.DuplicateSerialGroup(group.get(0).issuer(), group.get(0).serialHex(), selections.get(key)));
        });
        duplicateGroups.sort(Comparator.comparing(CorpusReport.DuplicateSerialGroup::issuer).thenComparing(CorpusReport.DuplicateSerialGroup::serialHex));

        List<CorpusReport.TemplateRow> templateRows = new ArrayList<>();
        templates.forEach((key, group) -> {
            selections.put(key, group.stream().map(CertificateRows.Row::sha256).toList());
            List<Long> weekdays = new ArrayList<>(Collections.nCopies(7, 0L));
            for (CertificateRows.Row row : group) {
                int day = row.notBefore().atZone(place.zone()).getDayOfWeek().getValue() - 1;
                weekdays.set(day, weekdays.get(day) + 1);
            }
            templateRows.add(new CorpusReport.TemplateRow(group.get(0).issuer(), group.get(0).issuerNameHash(), group.get(0).notAfter(), group.size(),
                    group.stream().map(CertificateRows.Row::notBefore).min(Comparator.naturalOrder()).orElseThrow(),
                    group.stream().map(CertificateRows.Row::notBefore).max(Comparator.naturalOrder()).orElseThrow(), weekdays));
        });
        templateRows.sort(Comparator.comparingLong(CorpusReport.TemplateRow::certificates).reversed().thenComparing(CorpusReport.TemplateRow::notAfter));

        List<CorpusReport.IssuerRow> issuers = issuerRows(corpus, generator63, selections);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new CorpusReport(ca.slug, ca.name, place.label(), corpus.size(), clock.now(), took, counts, issuers, duplicateGroups, backdated,
                templateRows, ChartData.certificateCharts(corpus, counts, place), selections);
    }

    private static List<CorpusReport.IssuerRow> issuerRows(List<CertificateRows.Row> corpus, Map<String, Long> generator63,
            Map<String, List<String>> selections) {
        Map<String, List<CertificateRows.Row>> byIssuer = new LinkedHashMap<>();
        corpus.forEach(r -> byIssuer.computeIfAbsent(r.issuerNameHash(), k -> new ArrayList<>()).add(r));
        List<CorpusReport.IssuerRow> issuers = new ArrayList<>();
        byIssuer.forEach((hash, group) -> {
            selections.put(Selection.issuer(hash), group.stream().map(CertificateRows.Row::sha256).toList());
            int widest = group.stream().mapToInt(r -> CorpusKeys.serialBits(r.serialHex())).max().orElse(0);
            long flagged = generator63.getOrDefault(hash, 0L);
            String verdict;
            if (flagged > 0) {
                verdict = "63-bit generator: at most 63 bits of entropy (" + SERIAL_63_BITS + " on " + flagged + " certificates)";
            } else if (widest > 63) {
                verdict = "no sign of a 63-bit generator (widest serial " + widest + " bits)";
            } else {
                verdict = "cannot tell: widest serial " + widest + " bits, but too few serials of 57 to 63 bits, or all issued before the 64-bit rule";
            }
            issuers.add(new CorpusReport.IssuerRow(group.get(0).issuer(), hash, group.size(), widest, verdict, flagged > 0));
        });
        issuers.sort(Comparator.comparingLong(CorpusReport.IssuerRow::certificates).reversed().thenComparing(CorpusReport.IssuerRow::issuer));
        return issuers;
    }

    /** Weekday names Monday first, for the template spread headings. */
    public static List<String> weekdayNames() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
        }
        return names;
    }
}
