package org.casebook.analysis.revocation;

import java.util.Optional;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintResult;

/**
 * One check on one OCSP response, the counterpart of {@code CertificateLint}: a subclass under
 * {@code org.casebook.analysis.lints} with a {@code @LintSpec}, found by {@link RevocationLints}. Only successful
 * responses are linted (the others carry no fields). The effective date is compared with the first single
 * response's nextUpdate, as zlint does; a response without nextUpdate is then never in effect (zlint: NE).
 */
public abstract class OcspResponseLint {

    private final LintMetadata metadata = LintMetadata.of(getClass());

    public final LintMetadata metadata() {
        return metadata;
    }

    protected boolean applies(OcspResponseView response) {
        return true;
    }

    protected abstract LintResult check(OcspResponseView response);

    public final LintResult run(OcspResponseView response) {
        if (!response.successful() || !applies(response)) {
            return LintResult.NOT_APPLICABLE;
        }
        Optional<java.time.Instant> nextUpdate = response.firstResponse().flatMap(OcspResponseView.SingleResponse::nextUpdate);
        if (nextUpdate.isEmpty() || !metadata.inEffectAt(nextUpdate.get())) {
            return LintResult.NOT_EFFECTIVE;
        }
        return check(response);
    }
}
