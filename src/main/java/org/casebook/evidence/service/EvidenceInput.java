package org.casebook.evidence.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a manager sends to file a stored certificate as evidence for an issue, or to change its note. */
public record EvidenceInput(
        @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal digits") String sha256,
        @Size(max = 4096) String note,
        Long version) {
    /** Without a version: the change applies to whatever is current. */
    public EvidenceInput(String sha256, String note) {
        this(sha256, note, null);
    }

    /** The same input said to be made against {@code version}. */
    public EvidenceInput withVersion(Long version) {
        return new EvidenceInput(sha256, note, version);
    }
}
