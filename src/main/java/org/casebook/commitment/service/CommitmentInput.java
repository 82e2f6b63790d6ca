package org.casebook.commitment.service;

import jakarta.validation.constraints.Size;

/** Marks a CA statement as a commitment ({@code PUT .../statements/{id}/commitment}). */
public record CommitmentInput(String kind, String due, String status, @Size(max = 4096) String evidence, Long version) {
}
