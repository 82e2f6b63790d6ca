package org.casebook.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every registered lint on one certificate view. The view decodes each part once and caches it,
 * so the lints share the parsing; a lint that fails on a malformed certificate yields a result that
 * says so instead of stopping the others.
 */
public final class LintSuite {

    /** One lint's verdict on one certificate. */
    public record Outcome(LintMetadata lint, LintResult result) {
        public String code() {
            return lint.code();
        }

        public LintStatus status() {
            return result.status();
        }

        public boolean isFinding() {
            return result.status().isFinding();
        }
    }

    private static volatile LintSuite standard;

    private final List<CertificateLint> lints;

    public LintSuite(LintRegistry registry) {
        this.lints = registry.lints();
    }

    /** The suite of every lint the registry discovers. */
    public static LintSuite standard() {
        LintSuite suite = standard;
        if (suite == null) {
            suite = new LintSuite(LintRegistry.discover());
            standard = suite;
        }
        return suite;
    }

    public List<CertificateLint> lints() {
        return lints;
    }

    /** Every lint's outcome, reading notBefore as the issuance date (as zlint does), in code order. */
    public List<Outcome> run(CertificateView certificate) {
        return runAsOf(certificate, certificate.notBefore());
    }

    /**
     * Every lint's outcome as if the certificate had been issued at {@code issuedAt}: date-gated rules
     * are judged at that time, e.g. the issuance time an embedded SCT proves for a backdated certificate.
     */
    public List<Outcome> runAsOf(CertificateView certificate, Instant issuedAt) {
        if (issuedAt == null) {
            issuedAt = certificate.notBefore();
        }
        List<Outcome> outcomes = new ArrayList<>(lints.size());
        for (CertificateLint lint : lints) {
            outcomes.add(new Outcome(lint.metadata(), runOne(lint, certificate, issuedAt)));
        }
        return outcomes;
    }

    /** Only the outcomes that are findings (notice, warning, error). */
    public List<Outcome> findings(CertificateView certificate) {
        return run(certificate).stream().filter(Outcome::isFinding).toList();
    }

    static LintResult runOne(CertificateLint lint, CertificateView certificate, Instant issuedAt) {
        try {
            return lint.run(certificate, issuedAt);
        } catch (RuntimeException e) {
            // A structure too broken for this lint to read: not a verdict either way.
            return new LintResult(LintStatus.NA, "could not evaluate: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
