package org.casebook.crosssign.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What managers send to record or change a cross-sign. Dates are ISO strings. */
public record CrossSignInput(
        @NotBlank @Size(max = 2048) String target,
        @NotBlank @Size(max = 2048) String source,
        @NotBlank @Size(max = 512) String sourceOwner,
        String notAfter,
        String revokedAt,
        @Size(max = 1024) String revocationSource,
        @Size(max = 4096) String comment,
        @Pattern(regexp = "[0-9A-Fa-f:]{1,512}", message = "must be hexadecimal") String serial,
        @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal digits") String certificateSha256,
        Long version) {
    /** Without a version: the change applies to whatever is current. */
    public CrossSignInput(String target, String source, String sourceOwner, String notAfter, String revokedAt,
            String revocationSource, String comment, String serial, String certificateSha256) {
        this(target, source, sourceOwner, notAfter, revokedAt, revocationSource, comment, serial,
            certificateSha256, null);
    }

    /** The same input said to be made against {@code version}. */
    public CrossSignInput withVersion(Long version) {
        return new CrossSignInput(target, source, sourceOwner, notAfter, revokedAt, revocationSource, comment, serial,
                certificateSha256, version);
    }
}
