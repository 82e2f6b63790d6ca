package org.casebook.analysis.examples;

import org.casebook.analysis.CertificateView;

/**
 * A certificate made for one lint code, named for what it shows, with the outcome it must produce: a finding
 * ({@link Outcome#TRIPS}) or a pass. LintCoverageTests runs each one, so a wrong claim fails the build.
 */
public record LintExample(String code, Outcome outcome, String name, CertificateSource certificate) {

    public enum Outcome {
        TRIPS, PASSES
    }

    /** Builds the certificate when the example is run (some take a moment: keys, re-signing). */
    @FunctionalInterface
    public interface CertificateSource {
        CertificateView build() throws Exception;
    }

    static LintExample trips(String code, String name, CertificateSource certificate) {
        return new LintExample(code, Outcome.TRIPS, name, certificate);
    }

    static LintExample passes(String code, String name, CertificateSource certificate) {
        return new LintExample(code, Outcome.PASSES, name, certificate);
    }
}
