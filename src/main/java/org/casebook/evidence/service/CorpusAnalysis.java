package org.casebook.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.calendar.WorkingCalendars;
import org.casebook.analysis.corpus.CorpusCheckRegistry;
import org.casebook.analysis.corpus.CorpusContext;
import org.casebook.analysis.corpus.CorpusFinding;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.evidence.corpus.CorpusConfig;
import org.casebook.evidence.corpus.MemoizedCorpusLookup;
import org.casebook.evidence.corpus.PanacheCorpusLookup;

/**
 * Runs the corpus checks of {@link CorpusCheckRegistry} for one certificate against everything on
 * file. Callers: upload and lint ({@code POST /api/certificates}, {@code POST /api/lint}) and the
 * certificate answer ({@code GET /api/certificates/{sha256}}), which recomputes against the corpus
 * as it is now. Certificates persisted earlier in the same transaction are seen (queries flush).
 */
@ApplicationScoped
@Transactional
public class CorpusAnalysis {

    @Inject
    PanacheCorpusLookup lookup;

    @Inject
    CorpusConfig config;

    private final CorpusCheckRegistry registry = CorpusCheckRegistry.standard();

    /**
     * The corpus findings for a certificate (stored or not; itself is never its own duplicate).
     *
     * @param caSlugOrNull the CA the certificate is filed under as evidence, if any; it names the
     *        jurisdiction for n_notbefore_on_non_working_day (otherwise the CA of a stored issuer certificate)
     */
    public List<CorpusFinding> check(CertificateView view, String caSlugOrNull) {
        return registry.findings(view, context(caSlugOrNull));
    }

    /**
     * {@link #check} for each certificate, in order, in one transaction; each distinct question to the corpus is asked
     * once for all of them (a bundle's certificates mostly share an issuer), and the questions about each certificate
     * itself in one query for all ({@link MemoizedCorpusLookup#prefetch}). For a lint request, which stores nothing
     * meanwhile, so the answers are those {@link #check} would give one by one.
     */
    public List<List<CorpusFinding>> checkEach(List<CertificateView> views, String caSlugOrNull) {
        MemoizedCorpusLookup memoized = new MemoizedCorpusLookup(lookup);
        memoized.prefetch(views);
        CorpusContext context = new CorpusContext(memoized, caSlugOrNull, config.settings(), LintRegistry.discover(),
                WorkingCalendars.bundled());
        List<List<CorpusFinding>> findings = new java.util.ArrayList<>(views.size());
        for (CertificateView view : views) {
            findings.add(registry.findings(view, context));
        }
        return findings;
    }

    /** Metadata of every corpus check, in the shape of the lints' metadata, for {@code GET /api/lints}. */
    public List<LintMetadata> checks() {
        return registry.metadata();
    }

    /** Fingerprint of the corpus check set; combine with {@link LintRegistry#version()} to tell stale stored findings. */
    public String version() {
        return registry.version();
    }

    /**
     * Stored certificates whose own corpus findings may change now that {@code view} is on file: those
     * sharing its issuer and serial (duplicates) or its subject and key (cross-signatures). Statistical
     * checks (template notAfter, serial generator) are left to the next recomputation of each certificate.
     */
    public List<String> affectedBy(CertificateView view) {
        java.util.LinkedHashSet<String> sha256s = new java.util.LinkedHashSet<>();
        lookup.withIssuerAndSerial(CorpusKeys.issuerNameHash(view), view.serialHex()).forEach(c -> sha256s.add(c.sha256()));
        lookup.withSubjectAndKey(CorpusKeys.subjectNameHash(view), CorpusKeys.spkiSha256(view)).forEach(c -> sha256s.add(c.sha256()));
        sha256s.remove(view.sha256Hex());
        return List.copyOf(sha256s);
    }

    CorpusContext context(String caSlugOrNull) {
        return new CorpusContext(lookup, caSlugOrNull, config.settings(), LintRegistry.discover(), WorkingCalendars.bundled());
    }
}
