package org.casebook.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.calendar.WorkingCalendars;
import org.casebook.analysis.corpus.CorpusCheck;
import org.casebook.analysis.corpus.CorpusCheckRegistry;
import org.casebook.analysis.corpus.CorpusContext;
import org.casebook.analysis.corpus.CorpusFinding;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.analysis.corpus.CorpusLookup;
import org.casebook.analysis.corpus.FixedNotAfterTemplate;
import org.casebook.analysis.corpus.NotBeforeOnNonWorkingDay;
import org.casebook.analysis.corpus.SerialGenerator63Bits;
import org.casebook.evidence.corpus.CorpusConfig;
import org.casebook.evidence.corpus.MemoizedCorpusLookup;
import org.casebook.evidence.corpus.PanacheCorpusLookup;

/**
 * Runs the corpus checks of {@link CorpusCheckRegistry} for one certificate against everything on
 * file. {@code POST /api/lint} calls {@link #check} for certificates not on file; stored certificates
 * keep their findings ({@link StoredCorpusFindings}), which run the same checks as certificates arrive.
 * Certificates persisted earlier in the same transaction are seen (queries flush).
 */
@ApplicationScoped
@Transactional
public class CorpusAnalysis {

    /** Checks whose outcome follows from issuer-wide statistics or the CA a page files the certificate under: derived when read. */
    static final Set<String> DERIVED = Set.of("n_fixed_notafter_template", "w_serial_generator_63_bits", "n_notbefore_on_non_working_day");
    static final String DUPLICATE_SERIAL = "e_duplicate_serial_same_issuer";
    static final String CROSS_SIGNATURE = "n_cross_signature";

    @Inject
    PanacheCorpusLookup lookup;

    @Inject
    CorpusConfig config;

    @Inject
    CertificateLints lints;

    private final CorpusCheckRegistry registry = CorpusCheckRegistry.standard();
    private volatile String fingerprint;

    /**
     * The corpus findings for a certificate (stored or not; itself is never its own duplicate).
     *
     * @param caSlugOrNull the CA the certificate is filed under as evidence, if any; it names the
     *        jurisdiction for n_notbefore_on_non_working_day (otherwise the CA of a stored issuer certificate)
     */
    @io.micrometer.core.annotation.Timed(value = "casebook.corpus.check", extraTags = {"certificates", "one"}, description = "Corpus checks against the certificates on file")
    public List<CorpusFinding> check(CertificateView view, String caSlugOrNull) {
        return registry.findings(view, context(caSlugOrNull));
    }

    /**
     * {@link #check} for each certificate, in order, in one transaction; each distinct question to the corpus is asked
     * once for all of them (a bundle's certificates mostly share an issuer), and the questions about each certificate
     * itself in one query for all ({@link MemoizedCorpusLookup#prefetch}). For a lint request, which stores nothing
     * meanwhile, so the answers are those {@link #check} would give one by one.
     */
    @io.micrometer.core.annotation.Timed(value = "casebook.corpus.check", extraTags = {"certificates", "batch"}, description = "Corpus checks against the certificates on file")
    public List<List<CorpusFinding>> checkEach(List<CertificateView> views, String caSlugOrNull) {
        MemoizedCorpusLookup memoized = new MemoizedCorpusLookup(lookup);
        memoized.prefetch(views);
        CorpusContext context = context(memoized, caSlugOrNull);
        List<List<CorpusFinding>> findings = new ArrayList<>(views.size());
        for (CertificateView view : views) {
            findings.add(registry.findings(view, context));
        }
        return findings;
    }

    /** Metadata of every corpus check, in the shape of the lints' metadata, for {@code GET /api/lints}. */
    public List<LintMetadata> checks() {
        return registry.metadata();
    }

    /** Fingerprint of the corpus check set; {@link #fingerprint()} combines it with the lints' to tell stale stored findings. */
    public String version() {
        return registry.version();
    }

    /**
     * What stored corpus findings were made with: the check set and each check's class bytes, the per-certificate
     * lints (e_backdated_across_deadline re-runs them) and the thresholds. Stored findings under another are stale.
     */
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update((registry.version() + "|" + lints.fingerprint() + "|" + config.settings()).getBytes(StandardCharsets.UTF_8));
                for (CorpusCheck check : registry.checks()) {
                    Class<?> type = check.getClass();
                    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                        if (in != null) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
                known = HexFormat.of().formatHex(digest.digest()).substring(0, 32);
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            fingerprint = known;
        }
        return known;
    }

    /** The checks whose findings are stored with each certificate, in code order. */
    List<CorpusCheck> storedChecks() {
        return registry.checks().stream().filter(c -> !DERIVED.contains(c.metadata().code())).toList();
    }

    /** Runs the given checks; their findings in code order. */
    List<CorpusFinding> run(List<CorpusCheck> checks, CertificateView view, CorpusContext context) {
        List<CorpusFinding> findings = new ArrayList<>();
        for (CorpusCheck check : checks) {
            LintResult result = check.run(view, context);
            if (result.status().isFinding()) {
                findings.add(new CorpusFinding(check.metadata(), result));
            }
        }
        return findings;
    }

    FixedNotAfterTemplate fixedNotAfter() {
        return (FixedNotAfterTemplate) registry.byCode("n_fixed_notafter_template").orElseThrow();
    }

    SerialGenerator63Bits serialGenerator() {
        return (SerialGenerator63Bits) registry.byCode("w_serial_generator_63_bits").orElseThrow();
    }

    NotBeforeOnNonWorkingDay nonWorkingDay() {
        return (NotBeforeOnNonWorkingDay) registry.byCode("n_notbefore_on_non_working_day").orElseThrow();
    }

    /**
     * Stored certificates whose own corpus findings may change now that {@code view} is on file: those
     * sharing its issuer and serial (duplicates) or its subject and key (cross-signatures). Statistical
     * checks (template notAfter, serial generator) are derived from issuer-wide counts when read, and the
     * non-working-day check from the CA a certificate is read under, so they need no refresh.
     */
    public List<String> affectedBy(CertificateView view) {
        LinkedHashSet<String> sha256s = new LinkedHashSet<>();
        lookup.withIssuerAndSerial(CorpusKeys.issuerNameHash(view), view.serialHex()).forEach(c -> sha256s.add(c.sha256()));
        lookup.withSubjectAndKey(CorpusKeys.subjectNameHash(view), CorpusKeys.spkiSha256(view)).forEach(c -> sha256s.add(c.sha256()));
        sha256s.remove(view.sha256Hex());
        return List.copyOf(sha256s);
    }

    CorpusContext context(String caSlugOrNull) {
        return context(lookup, caSlugOrNull);
    }

    CorpusContext context(CorpusLookup with, String caSlugOrNull) {
        return new CorpusContext(with, caSlugOrNull, config.settings(), lints.registry(), WorkingCalendars.bundled());
    }

    WorkingCalendars calendars() {
        return WorkingCalendars.bundled();
    }

    CorpusConfig config() {
        return config;
    }

    PanacheCorpusLookup lookup() {
        return lookup;
    }
}
