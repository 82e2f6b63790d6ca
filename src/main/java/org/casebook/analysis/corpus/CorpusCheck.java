package org.casebook.analysis.corpus;

import java.time.LocalDate;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.Severity;

/**
 * A check of one certificate against everything on file. Like a {@link org.casebook.analysis.CertificateLint},
 * its metadata is a {@link LintSpec} on the class (source CORPUS); unlike one, it reads the corpus
 * through {@link CorpusContext#lookup()}, which answers only from indexes.
 */
public abstract class CorpusCheck {

    private final LintMetadata metadata = metadataOf(getClass());

    public final LintMetadata metadata() {
        return metadata;
    }

    /** Whether the check concerns this kind of certificate at all; NA otherwise. */
    protected boolean applies(CertificateView certificate) {
        return true;
    }

    protected abstract LintResult check(CertificateView certificate, CorpusContext context);

    /** Runs the check, reading notBefore as the issuance date for its effective date, as lints do. */
    public final LintResult run(CertificateView certificate, CorpusContext context) {
        if (!applies(certificate)) {
            return LintResult.NOT_APPLICABLE;
        }
        if (!metadata.inEffectAt(certificate.notBefore())) {
            return LintResult.NOT_EFFECTIVE;
        }
        return check(certificate, context);
    }

    /**
     * {@link #run} for a stored certificate whose inputs were read from stored statistics rather than looked up:
     * the same gating (applies, effective date), then {@code outcome}.
     */
    public final LintResult runFrom(boolean applies, java.time.Instant notBefore, java.util.function.Supplier<LintResult> outcome) {
        if (!applies) {
            return LintResult.NOT_APPLICABLE;
        }
        if (!metadata.inEffectAt(notBefore)) {
            return LintResult.NOT_EFFECTIVE;
        }
        return outcome.get();
    }

    /** The finding severity this check reports with, from its code prefix. */
    protected final Severity severity() {
        return metadata.severity();
    }

    protected final LintResult finding(String detail) {
        return LintResult.failIf(true, metadata.severity(), detail);
    }

    static LintMetadata metadataOf(Class<?> type) {
        LintSpec spec = type.getAnnotation(LintSpec.class);
        if (spec == null) {
            throw new IllegalStateException(type.getName() + " has no @LintSpec");
        }
        return new LintMetadata(spec.code(), Severity.ofCode(spec.code()), spec.description(), spec.citation(),
                spec.source(), date(spec.effective()), date(spec.ineffective()));
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
