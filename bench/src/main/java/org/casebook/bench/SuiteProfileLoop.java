package org.casebook.bench;

import java.util.List;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.LintSuite;

/**
 * Parse + full suite over the corpus in a loop for a number of seconds, for a profiler to sample
 * (e.g. -XX:StartFlightRecording=settings=profile,filename=suite.jfr).
 * Run: java -cp target/benchmarks.jar org.casebook.bench.SuiteProfileLoop [seconds]
 */
public final class SuiteProfileLoop {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<byte[]> corpus = CorpusCertificates.load();
        LintSuite suite = LintSuite.standard();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long certificates = 0;
        int findings = 0;
        while (System.nanoTime() < end) {
            for (byte[] der : corpus) {
                findings += suite.run(CertificateParser.parseLenient(der)).size();
                certificates++;
            }
        }
        System.out.printf("%d certificates, %d findings%n", certificates, findings);
    }
}
