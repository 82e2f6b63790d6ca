package org.casebook.analysis.revocation;

import java.time.Instant;
import java.util.Optional;

/**
 * One check on one CRL, the counterpart of {@code CertificateLint}: a subclass under
 * {@code org.casebook.analysis.lints} with a {@code @LintSpec} and a public no-argument constructor, found by
 * {@link RevocationLints}. The rule's effective date is compared with the CRL's thisUpdate, as zlint does.
 */
public abstract class CrlLint extends RevocationLint<CrlView> {

    @Override
    final Optional<Instant> effectiveAt(CrlView crl) {
        return Optional.of(crl.thisUpdate());
    }
}
