package org.casebook.analysis.revocation;

import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintResult;

/**
 * One check on one CRL, the counterpart of {@code CertificateLint}: a subclass under
 * {@code org.casebook.analysis.lints} with a {@code @LintSpec} and a public no-argument constructor, found by
 * {@link RevocationLints}. The rule's effective date is compared with the CRL's thisUpdate, as zlint does.
 */
public abstract class CrlLint {

    private final LintMetadata metadata = LintMetadata.of(getClass());

    public final LintMetadata metadata() {
        return metadata;
    }

    /** Whether the rule concerns this CRL at all; NA otherwise. */
    protected boolean applies(CrlView crl) {
        return true;
    }

    /** The verdict on a CRL the lint applies to, while the rule is in effect. */
    protected abstract LintResult check(CrlView crl);

    public final LintResult run(CrlView crl) {
        if (!applies(crl)) {
            return LintResult.NOT_APPLICABLE;
        }
        if (!metadata.inEffectAt(crl.thisUpdate())) {
            return LintResult.NOT_EFFECTIVE;
        }
        return check(crl);
    }
}
