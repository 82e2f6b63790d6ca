package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.asn1.ASN1Primitive;
import org.casebook.testpki.TestPki;

/**
 * Mutated certificates: whatever the bytes, parsing ends quickly with a view or a
 * {@link CertificateParseException}, never another exception; a view survives the whole lint suite;
 * and what the scanner calls DER, Bouncy Castle re-encodes to the same bytes.
 */
class CertificateParserProperties {

    private static final long BOUND_NANOS = 2_000_000_000L;
    private static final List<byte[]> SEEDS = seeds();

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(TestPki.certificate().der());
        seeds.add(TestPki.certificate().subjectKey(TestPki.ecP256Key()).precertificate()
                .embeddedScts(Instant.parse("2016-01-18T05:33:21Z"), Instant.parse("2016-01-19T00:00:00Z")).der());
        seeds.add(TestPki.certificate().selfSignedRoot("C=CN,O=WoSign CA Limited,CN=Certification Authority of WoSign").der());
        for (String file : List.of("subExtKeyUsageServerAuth.pem", "extSANDuplicated.pem", "caOrgNameEmpty.pem", "utcNoSeconds.pem")) {
            seeds.add(PemBlocks.extract(ZlintCorpus.resource("zlint/testdata/" + file)).get(0).der());
        }
        return seeds;
    }

    /** One edit: kind, where (a fraction of the length), and a byte value. */
    record Mutation(int kind, double where, int value) {
        byte[] apply(byte[] in) {
            int at = Math.min(in.length - 1, (int) (where * in.length));
            switch (kind) {
                case 0 -> { // overwrite a byte
                    byte[] out = in.clone();
                    out[at] = (byte) value;
                    return out;
                }
                case 1 -> { // flip one bit
                    byte[] out = in.clone();
                    out[at] ^= (byte) (1 << (value & 7));
                    return out;
                }
                case 2 -> { // insert a byte
                    byte[] out = new byte[in.length + 1];
                    System.arraycopy(in, 0, out, 0, at);
                    out[at] = (byte) value;
                    System.arraycopy(in, at, out, at + 1, in.length - at);
                    return out;
                }
                case 3 -> { // delete a byte
                    if (in.length <= 1) {
                        return in;
                    }
                    byte[] out = new byte[in.length - 1];
                    System.arraycopy(in, 0, out, 0, at);
                    System.arraycopy(in, at + 1, out, at, in.length - at - 1);
                    return out;
                }
                case 4 -> { // truncate
                    return java.util.Arrays.copyOf(in, Math.max(1, at));
                }
                case 5 -> { // hostile length: indefinite, long form, or huge
                    byte[] out = in.clone();
                    out[at] = (byte) new int[] {0x80, 0x81, 0x84, 0xff, 0x7f}[Math.floorMod(value, 5)];
                    return out;
                }
                default -> { // duplicate a slice (repeats TLVs, deepens nesting)
                    int length = Math.min(in.length - at, 1 + Math.floorMod(value, 64));
                    byte[] out = new byte[in.length + length];
                    System.arraycopy(in, 0, out, 0, at + length);
                    System.arraycopy(in, at, out, at + length, in.length - at);
                    return out;
                }
            }
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedCertificates() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 255)).as(Mutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1), mutation.list().ofMinSize(1).ofMaxSize(6))
                .as((seed, edits) -> {
                    byte[] bytes = SEEDS.get(seed);
                    for (Mutation edit : edits) {
                        bytes = edit.apply(bytes);
                    }
                    return bytes;
                });
    }

    @Property(tries = 1000)
    void mutatedDerNeverThrowsAnythingButTheParseException(@ForAll("mutatedCertificates") byte[] bytes) {
        for (boolean strict : new boolean[] {true, false}) {
            long start = System.nanoTime();
            try {
                CertificateView view = strict ? CertificateParser.parseDer(bytes) : CertificateParser.parseLenient(bytes);
                touchEverything(view);
                LintSuite.standard().run(view);
            } catch (CertificateParseException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            } catch (RuntimeException | StackOverflowError e) {
                fail((strict ? "strict" : "lenient") + " parse threw " + e, e);
            }
            long elapsed = System.nanoTime() - start;
            assertTrue(elapsed < BOUND_NANOS, "took " + elapsed / 1_000_000 + " ms");
        }
    }

    @Property(tries = 1000)
    void whatTheScannerCallsDerBouncyCastleReencodesIdentically(@ForAll("mutatedCertificates") byte[] bytes) throws Exception {
        if (DerScanner.check(bytes, DerScanner.Rules.DER) != null) {
            return;
        }
        ASN1Primitive parsed;
        try {
            parsed = ASN1Primitive.fromByteArray(bytes);
        } catch (java.io.IOException | RuntimeException e) {
            return; // Bouncy Castle refuses some content (bad strings) that is still DER-shaped
        }
        assertArrayEquals(bytes, parsed.getEncoded("DER"));
    }

    /** Touches every accessor a page or a corpus check reads, so that lazy decoding is exercised too. */
    private static void touchEverything(CertificateView view) {
        view.sha256Hex();
        view.version();
        view.serialHex();
        view.subject();
        view.issuer();
        view.notBefore();
        view.notAfter();
        view.signatureAlgorithmName();
        view.keyAlgorithmName();
        view.keySizeBits();
        view.spkiSha256();
        view.extensionOids();
        view.isRoot();
        view.isServerAuth();
        view.dnsNames();
        view.ipAddresses();
        view.subjectKeyIdentifier();
        view.authorityKeyIdentifier();
        view.embeddedScts();
        view.embeddedSctProblem();
        view.precertificatePoisonProblem();
        view.nonDerReason();
    }
}
