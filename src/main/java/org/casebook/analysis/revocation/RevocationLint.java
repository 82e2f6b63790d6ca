package org.casebook.analysis.revocation;

import java.time.Instant;
import java.util.Optional;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintResult;

/**
 * What CRL and OCSP response lints share: metadata from the class's {@code @LintSpec}, the two questions of
 * every lint (does it apply, what is the verdict), and the date the rule's effective date is compared with,
 * which differs by kind of object (zlint's choice for each).
 */
abstract class RevocationLint<T> {

    private final LintMetadata metadata = LintMetadata.of(getClass());

    public final LintMetadata metadata() {
        return metadata;
    }

    /** Whether the rule concerns this object at all; NA otherwise. */
    protected boolean applies(T object) {
        return true;
    }

    /** The verdict on an object the lint applies to, while the rule is in effect. */
    protected abstract LintResult check(T object);

    /** Whether the object has the fields lints read at all (an unsuccessful OCSP response has none). */
    boolean lintable(T object) {
        return true;
    }

    /** The time compared with the effective dates; empty counts as not in effect. */
    abstract Optional<Instant> effectiveAt(T object);

    public final LintResult run(T object) {
        if (!lintable(object) || !applies(object)) {
            return LintResult.NOT_APPLICABLE;
        }
        Optional<Instant> at = effectiveAt(object);
        if (at.isEmpty() || !metadata.inEffectAt(at.get())) {
            return LintResult.NOT_EFFECTIVE;
        }
        return check(object);
    }
}
