package org.casebook.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.Certificate;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintSuite;

/**
 * Not a JMH benchmark: the same four jobs measured in CPU time of this thread, which stays meaningful
 * when the machine is shared and wall-clock scores swing (JMH's error bars here exceed the scores),
 * then the cost of each lint on freshly parsed views, to find the ones worth optimizing.
 * Run: java -cp target/benchmarks.jar org.casebook.bench.LintCostReport [rounds]
 */
public final class LintCostReport {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    interface Job {
        Object run(byte[] der) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<byte[]> corpus = CorpusCertificates.load();
        if (Boolean.getBoolean("withoutSelfIssued")) {
            // the shape of a real CA's corpus: no self-issued leaf or test certificates
            List<byte[]> issued = new ArrayList<>();
            for (byte[] der : corpus) {
                if (!CertificateParser.parseLenient(der).isSelfIssued()) {
                    issued.add(der);
                }
            }
            corpus = issued;
        }
        CertificateFactory jdk = CertificateFactory.getInstance("X.509");
        LintSuite suite = LintSuite.standard();
        System.out.printf("corpus: %d certificates, %d lints, %d rounds (first is warm-up)%n", corpus.size(), suite.lints().size(), rounds);
        double jdkParse = cpuMicrosPerCert(corpus, rounds, der -> {
            try {
                return jdk.generateCertificate(new ByteArrayInputStream(der));
            } catch (Exception e) {
                return e;
            }
        });
        double bcParse = cpuMicrosPerCert(corpus, rounds, Certificate::getInstance);
        double ourParse = cpuMicrosPerCert(corpus, rounds, CertificateParser::parseLenient);
        double full = cpuMicrosPerCert(corpus, rounds, der -> suite.run(CertificateParser.parseLenient(der)));
        double batched = cpuMicrosPerCertBatched(corpus, rounds, suite);
        report("JDK CertificateFactory", jdkParse);
        report("Bouncy Castle Certificate", bcParse);
        report("Casebook parse (view)", ourParse);
        report("Casebook parse + suite", full);
        report("... in batches of 64", batched);
        System.out.printf("ratio full/JDK parse %.2f, full/BC parse %.2f, full/our parse %.2f%n", full / jdkParse, full / bcParse, full / ourParse);
        System.out.printf("batched: ratio full/JDK parse %.2f, full/BC parse %.2f, full/our parse %.2f%n", batched / jdkParse, batched / bcParse,
                batched / ourParse);

        List<CertificateLint> lints = suite.lints();
        long[] nanos = new long[lints.size()];
        for (int round = 0; round < rounds; round++) {
            for (byte[] der : corpus) {
                CertificateView view = CertificateParser.parseLenient(der);
                for (int i = 0; i < lints.size(); i++) {
                    long start = THREADS.getCurrentThreadCpuTime();
                    try {
                        lints.get(i).run(view);
                    } catch (RuntimeException e) {
                        // counted like any other run
                    }
                    if (round > 0) {
                        nanos[i] += THREADS.getCurrentThreadCpuTime() - start;
                    }
                }
            }
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < lints.size(); i++) {
            rows.add(String.format("%10.2f us/cert  %s", nanos[i] / 1000.0 / corpus.size() / (rounds - 1), lints.get(i).metadata().code()));
        }
        rows.sort(java.util.Comparator.reverseOrder());
        System.out.println("per lint, CPU time, first lint to touch a view pays for what it decodes:");
        rows.stream().limit(Integer.getInteger("top", 12)).forEach(System.out::println);
    }

    private static void report(String name, double micros) {
        System.out.printf("%-28s %8.1f us CPU/cert = %8.0f certs/s per core%n", name, micros, 1_000_000 / micros);
    }

    /** Parse + suite the way a bundle upload does it: 64 views at a time, linted lint by lint. */
    private static double cpuMicrosPerCertBatched(List<byte[]> corpus, int rounds, LintSuite suite) throws Exception {
        long total = 0;
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int from = 0; from < corpus.size(); from += 64) {
                List<CertificateView> batch = new ArrayList<>(64);
                for (byte[] der : corpus.subList(from, Math.min(corpus.size(), from + 64))) {
                    batch.add(CertificateParser.parseLenient(der));
                }
                sink += suite.runAll(batch).size();
            }
            if (round > 0) {
                total += THREADS.getCurrentThreadCpuTime() - start;
            }
        }
        if (sink == 0) {
            System.out.print("");
        }
        return total / 1000.0 / corpus.size() / (rounds - 1);
    }

    private static double cpuMicrosPerCert(List<byte[]> corpus, int rounds, Job job) throws Exception {
        long total = 0;
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (byte[] der : corpus) {
                try {
                    sink = job.run(der);
                } catch (Exception e) {
                    sink = e;
                }
            }
            if (round > 0) {
                total += THREADS.getCurrentThreadCpuTime() - start;
            }
        }
        if (sink == null) {
            System.out.print("");
        }
        return total / 1000.0 / corpus.size() / (rounds - 1);
    }
}
