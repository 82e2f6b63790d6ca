package org.casebook.analysis;

import java.time.Instant;

/**
 * One check on one certificate. Subclasses live under {@code org.casebook.analysis.lints}, carry a
 * {@link LintSpec}, have a public no-argument constructor, and answer two questions: does the lint
 * apply to this certificate ({@link #applies}), and what is the result ({@link #check}).
 */
public abstract class CertificateLint {

    private final LintMetadata metadata = LintMetadata.of(getClass());

    public final LintMetadata metadata() {
        return metadata;
    }

    /**
     * zlint's framework filter: Baseline Requirements lints see only certificates that can serve TLS. A BR
     * lint about another profile the BRs govern (the delegated OCSP responder) overrides this to opt out.
     */
    protected boolean onlyServerAuthCertificates() {
        return metadata.source() == LintSource.CABF_BR;
    }

    /** Whether the rule concerns this kind of certificate at all; NA otherwise. */
    protected boolean applies(CertificateView certificate) {
        return true;
    }

    /** The verdict on a certificate the lint applies to, while the rule is in effect. */
    protected abstract LintResult check(CertificateView certificate);

    /** Runs the lint, reading notBefore as the issuance date, as zlint does. */
    public final LintResult run(CertificateView certificate) {
        return run(certificate, certificate.notBefore());
    }

    /**
     * Runs the lint as of {@code issuedAt}: the notBefore normally, or the issuance time proven by an
     * embedded SCT when the notBefore is suspected of being backdated.
     */
    public final LintResult run(CertificateView certificate, Instant issuedAt) {
        // zlint: Baseline Requirements lints only judge certificates that can serve TLS.
        if (onlyServerAuthCertificates() && !certificate.isServerAuth()) {
            return LintResult.NOT_APPLICABLE;
        }
        if (!applies(certificate)) {
            return LintResult.NOT_APPLICABLE;
        }
        if (!metadata.inEffectAt(issuedAt)) {
            return LintResult.NOT_EFFECTIVE;
        }
        return check(certificate);
    }
}
