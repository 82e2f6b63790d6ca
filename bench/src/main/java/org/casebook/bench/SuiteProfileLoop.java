package org.casebook.bench;

import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintSuite;

/**
 * Parse + full suite over the corpus in a loop for a number of seconds, for a profiler to sample
 * (e.g. -XX:StartFlightRecording=settings=profile,filename=suite.jfr).
 * Run: java -cp target/benchmarks.jar org.casebook.bench.SuiteProfileLoop [seconds] [batch size, 1 = one at a time]
 */
public final class SuiteProfileLoop {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<byte[]> corpus = CorpusCertificates.load();
        LintSuite suite = LintSuite.standard();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long certificates = 0;
        int findings = 0;
        while (System.nanoTime() < end) {
            for (int from = 0; from < corpus.size(); from += batch) {
                List<CertificateView> views = new ArrayList<>(batch);
                for (byte[] der : corpus.subList(from, Math.min(corpus.size(), from + batch))) {
                    views.add(CertificateParser.parseLenient(der));
                }
                findings += batch == 1 ? suite.run(views.get(0)).size() : suite.runAll(views).size();
                certificates += views.size();
            }
        }
        System.out.printf("%d certificates, %d findings%n", certificates, findings);
    }
}
