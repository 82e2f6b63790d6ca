package org.casebook.analysis.revocation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One extension of a CRL or of a CRL entry, as encoded: repeated and unknown extensions are kept, so lints
 * can find them (Bouncy Castle's own Extensions refuse a repeated one).
 */
public record RevocationExtension(String oid, boolean critical, byte[] value) {

    public RevocationExtension {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RevocationExtension that && oid.equals(that.oid) && critical == that.critical
                && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return oid.hashCode() * 31 + Arrays.hashCode(value);
    }

    /** The first OID that appears twice in {@code extensions} (RFC 5280 section 4.2: at most one of each). */
    public static Optional<String> firstRepeatedOid(List<RevocationExtension> extensions) {
        Set<String> seen = new HashSet<>();
        for (RevocationExtension extension : extensions) {
            if (!seen.add(extension.oid())) {
                return Optional.of(extension.oid());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return oid + (critical ? " (critical)" : "");
    }
}
