package org.casebook.analysis.corpus;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;

/** Properties of the corpus checks over generated certificates. */
class CorpusCheckProperties {

    private static final Instant NOT_BEFORE = Instant.parse("2016-06-01T00:00:00Z");

    @Property(tries = 150)
    boolean backdatingWarningFiresExactlyBeyond48Hours(@ForAll @LongRange(min = -10 * 86400, max = 30 * 86400) long sctOffsetSeconds) {
        Instant sct = NOT_BEFORE.plusSeconds(sctOffsetSeconds);
        CertificateView certificate = TestPki.certificate().notBefore(NOT_BEFORE.toString()).embeddedScts(sct).view();
        LintStatus status = new BackdatedBySct().run(certificate, new InMemoryCorpus().context()).status();
        boolean late = Duration.between(NOT_BEFORE, sct).compareTo(Duration.ofHours(48)) > 0;
        return status == (late ? LintStatus.WARN : LintStatus.PASS);
    }

    @Property(tries = 40)
    boolean duplicateSerialIsSymmetricAndNeedsEqualSerials(@ForAll @IntRange(min = 1, max = 4) int serialA,
            @ForAll @IntRange(min = 1, max = 4) int serialB, @ForAll @IntRange(min = 0, max = 3600) int secondsApart) {
        CertificateView a = TestPki.certificate().subject("CN=a.example").serial(BigInteger.valueOf(serialA))
                .notBefore(NOT_BEFORE.toString()).view();
        CertificateView b = TestPki.certificate().subject("CN=b.example").serial(BigInteger.valueOf(serialB))
                .notBefore(NOT_BEFORE.plusSeconds(secondsApart).toString()).view();
        InMemoryCorpus corpus = new InMemoryCorpus().add(a, b);
        DuplicateSerialSameIssuer check = new DuplicateSerialSameIssuer();
        LintStatus fromA = check.run(a, corpus.context()).status();
        LintStatus fromB = check.run(b, corpus.context()).status();
        return fromA == fromB && (fromA == LintStatus.ERROR) == (serialA == serialB);
    }

    @Property(tries = 40)
    boolean aPrecertificateAndItsFinalCertificateAreNeverDuplicates(@ForAll @IntRange(min = 1, max = 1_000_000) int serial,
            @ForAll @IntRange(min = 1, max = 5) int sctCount) {
        Instant[] scts = new Instant[sctCount];
        for (int i = 0; i < sctCount; i++) {
            scts[i] = NOT_BEFORE.plusSeconds(60L * (i + 1));
        }
        byte[][] pair = TestPki.certificate().serial(BigInteger.valueOf(serial)).notBefore(NOT_BEFORE.toString()).precertificateAndFinal(scts);
        CertificateView pre = DuplicateSerialSameIssuerTests.view(pair[0]);
        CertificateView fin = DuplicateSerialSameIssuerTests.view(pair[1]);
        InMemoryCorpus corpus = new InMemoryCorpus().add(pre, fin);
        DuplicateSerialSameIssuer check = new DuplicateSerialSameIssuer();
        return check.run(pre, corpus.context()).status() == LintStatus.PASS && check.run(fin, corpus.context()).status() == LintStatus.PASS;
    }
}
