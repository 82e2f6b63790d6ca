package org.casebook.analysis.revocation;

import java.time.Instant;
import java.util.Optional;

/**
 * One check on one OCSP response, the counterpart of {@code CertificateLint}: a subclass under
 * {@code org.casebook.analysis.lints} with a {@code @LintSpec}, found by {@link RevocationLints}. Only successful
 * responses are linted (the others carry no fields). The effective date is compared with the first single
 * response's nextUpdate, as zlint does; a response without nextUpdate is then never in effect (zlint: NE).
 */
public abstract class OcspResponseLint extends RevocationLint<OcspResponseView> {

    @Override
    final boolean lintable(OcspResponseView response) {
        return response.successful();
    }

    @Override
    final Optional<Instant> effectiveAt(OcspResponseView response) {
        return response.firstResponse().flatMap(OcspResponseView.SingleResponse::nextUpdate);
    }
}
