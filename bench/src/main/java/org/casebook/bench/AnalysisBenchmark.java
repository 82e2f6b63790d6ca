package org.casebook.bench;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x509.Certificate;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintSuite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation = one certificate of the zlint corpus, taken in turn, so the scores read directly as
 * certificates per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalysisBenchmark {

    static final int LINT_BATCH = 64;

    private List<byte[]> corpus;
    private CertificateView[] views;
    private CertificateFactory jdkFactory;
    private LintSuite suite;
    private int next;

    @Setup(Level.Trial)
    public void load() throws Exception {
        corpus = CorpusCertificates.load();
        views = new CertificateView[corpus.size()];
        for (int i = 0; i < views.length; i++) {
            views[i] = CertificateParser.parseLenient(corpus.get(i));
        }
        jdkFactory = CertificateFactory.getInstance("X.509");
        suite = LintSuite.standard();
        System.out.println("corpus: " + corpus.size() + " certificates, " + suite.lints().size() + " lints");
    }

    private int index() {
        int i = next;
        next = i + 1 == corpus.size() ? 0 : i + 1;
        return i;
    }

    /** The JDK's own X.509 parser (eager: decodes every field and extension). */
    @Benchmark
    public Object jdkCertificateFactory() {
        try {
            return jdkFactory.generateCertificate(new ByteArrayInputStream(corpus.get(index())));
        } catch (Exception e) {
            return e; // a few corpus certificates are too odd for the JDK; the failure costs about a parse
        }
    }

    /** Bouncy Castle's ASN.1 certificate structure, as our view is built on. */
    @Benchmark
    public Object bouncyCastleParse() {
        try {
            return Certificate.getInstance(corpus.get(index()));
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Our lenient parse into the view: bounded scan, Bouncy Castle structure, SHA-256. */
    @Benchmark
    public Object casebookParse() throws Exception {
        return CertificateParser.parseLenient(corpus.get(index()));
    }

    /**
     * What zlint's certificate roles cost before any lint runs: our parse, then "CA?" and "self-signed?"
     * (a signature verification for every self-issued certificate). A floor under the full suite.
     */
    @Benchmark
    public boolean parseAndRoles() throws Exception {
        CertificateView view = CertificateParser.parseLenient(corpus.get(index()));
        return view.isCa() ^ view.isSelfSigned();
    }

    /** The full per-certificate job: our parse, then every registered lint. */
    @Benchmark
    public Object parseAndLintSuite() throws Exception {
        return suite.run(CertificateParser.parseLenient(corpus.get(index())));
    }

    /**
     * A bundle's job: parse 64 certificates, then lint them together, lint by lint ({@link LintSuite#runAll}).
     * One operation is 64 certificates: divide the score's time by 64 (or multiply ops/s by 64).
     */
    @Benchmark
    @OperationsPerInvocation(LINT_BATCH)
    public Object parseAndLintSuiteBatchOf64() throws Exception {
        List<CertificateView> batch = new java.util.ArrayList<>(LINT_BATCH);
        for (int i = 0; i < LINT_BATCH; i++) {
            batch.add(CertificateParser.parseLenient(corpus.get(index())));
        }
        return suite.runAll(batch);
    }

    /** The lints alone, on views parsed beforehand (their lazy caches already warm from earlier runs). */
    @Benchmark
    public Object lintSuiteOnParsedViews() {
        return suite.run(views[index()]);
    }
}
