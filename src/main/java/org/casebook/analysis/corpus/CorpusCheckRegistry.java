package org.casebook.analysis.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintResult;

/**
 * The corpus checks Casebook runs, with their metadata in the same shape as the per-certificate
 * lints' ({@link LintMetadata}), so that {@code GET /api/lints} can list both.
 */
public final class CorpusCheckRegistry {

    private static final CorpusCheckRegistry STANDARD = new CorpusCheckRegistry(List.of(
            new DuplicateSerialSameIssuer(),
            new BackdatedBySct(),
            new BackdatedAcrossDeadline(),
            new NotBeforeOnNonWorkingDay(),
            new FixedNotAfterTemplate(),
            new CrossSignature(),
            new SerialGenerator63Bits()));

    private final List<CorpusCheck> checks;

    public CorpusCheckRegistry(List<CorpusCheck> checks) {
        List<CorpusCheck> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparing(c -> c.metadata().code()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).metadata().code().equals(sorted.get(i - 1).metadata().code())) {
                throw new IllegalStateException("two corpus checks named " + sorted.get(i).metadata().code());
            }
        }
        this.checks = List.copyOf(sorted);
    }

    public static CorpusCheckRegistry standard() {
        return STANDARD;
    }

    public List<CorpusCheck> checks() {
        return checks;
    }

    public List<LintMetadata> metadata() {
        return checks.stream().map(CorpusCheck::metadata).toList();
    }

    public Optional<CorpusCheck> byCode(String code) {
        return checks.stream().filter(c -> c.metadata().code().equals(code)).findFirst();
    }

    /** Runs every check; returns what they found, in code order. */
    public List<CorpusFinding> findings(CertificateView certificate, CorpusContext context) {
        List<CorpusFinding> findings = new ArrayList<>();
        for (CorpusCheck check : checks) {
            LintResult result = check.run(certificate, context);
            if (result.status().isFinding()) {
                findings.add(new CorpusFinding(check.metadata(), result));
            }
        }
        return findings;
    }

    /** A short fingerprint of the check set, for telling stale stored findings apart. */
    public String version() {
        StringBuilder names = new StringBuilder();
        checks.forEach(c -> names.append(c.metadata().code()).append(','));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(names.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
