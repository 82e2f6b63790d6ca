package org.casebook.analysis.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Our own example certificates, for the lint codes zlint's corpus does not both trip and pass. Add a lint
 * that the corpus does not cover and LintCoverageTests asks for its examples here.
 */
public final class LintExamples {

    private LintExamples() {
    }

    public static List<LintExample> all() {
        List<LintExample> all = new ArrayList<>();
        all.addAll(NameExamples.examples());
        all.addAll(DnsNameExamples.examples());
        all.addAll(KeyExamples.examples());
        all.addAll(EncodingExamples.examples());
        all.addAll(QcStatementExamples.examples());
        all.addAll(ExtensionExamples.examples());
        all.addAll(ProfileExamples.examples());
        all.addAll(SubjectAndSunsetExamples.examples());
        all.addAll(RootProgramExamples.examples());
        return all;
    }
}
