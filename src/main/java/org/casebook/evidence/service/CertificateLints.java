package org.casebook.evidence.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSuite;
import org.casebook.analysis.Severity;
import org.casebook.evidence.StoredFinding;

/**
 * Runs every per-certificate lint of the {@link LintRegistry} on one certificate, and names the lint
 * set by a fingerprint: stored findings made under another fingerprint are stale and get recomputed.
 */
@ApplicationScoped
public class CertificateLints {

    private final LintRegistry registry = LintRegistry.discover();
    private final LintSuite suite = new LintSuite(registry);
    private final String fingerprint = registry.fingerprint();

    public LintRegistry registry() {
        return registry;
    }

    /** Changes when a lint is added or removed, or any class of the analysis engine changes (see {@link LintRegistry#fingerprint()}). */
    public String fingerprint() {
        return fingerprint;
    }

    /** The findings (notice, warning, error) of every lint on this certificate, errors first. */
    @io.micrometer.core.annotation.Timed(value = "casebook.lint", extraTags = {"certificates", "one"}, description = "Per-certificate lints")
    public List<StoredFinding> findings(CertificateView certificate) {
        return stored(suite.findings(certificate));
    }

    /**
     * {@link #findings} of each certificate, in order; many at once run lint by lint, which is faster.
     * When the batch cannot be linted, each certificate is linted alone, and one that cannot be has null.
     */
    @io.micrometer.core.annotation.Timed(value = "casebook.lint", extraTags = {"certificates", "batch"}, description = "Per-certificate lints")
    public List<List<StoredFinding>> findingsOfEach(List<CertificateView> certificates) {
        List<List<StoredFinding>> findings = new ArrayList<>(certificates.size());
        try {
            for (List<LintSuite.Outcome> outcomes : suite.findingsOfEach(certificates)) {
                findings.add(stored(outcomes));
            }
        } catch (RuntimeException batchFailed) {
            findings.clear();
            for (CertificateView certificate : certificates) {
                try {
                    findings.add(findings(certificate));
                } catch (RuntimeException e) {
                    findings.add(null);
                }
            }
        }
        return findings;
    }

    private static List<StoredFinding> stored(List<LintSuite.Outcome> outcomes) {
        List<StoredFinding> findings = new ArrayList<>();
        for (LintSuite.Outcome outcome : outcomes) {
            LintMetadata metadata = outcome.lint();
            LintResult result = outcome.result();
            findings.add(new StoredFinding(metadata.code(), Severity.ofStatus(result.status()).code(),
                    result.detail() == null ? metadata.description() : result.detail(), metadata.citation()));
        }
        findings.sort(BY_SEVERITY);
        return findings;
    }

    public static final Comparator<StoredFinding> BY_SEVERITY = Comparator.comparingInt((StoredFinding f) -> rank(f.severity))
            .thenComparing(f -> f.code);

    public static int rank(String severity) {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }
}
