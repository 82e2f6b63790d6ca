package org.casebook.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.casebook.testpki.TestPki;

/**
 * Mutated certificate inputs from real certificates (src/main/resources/real-certs) and test PKI ones:
 * DER with bytes flipped, cut, inserted, dropped, duplicated or with lengths rewritten, and PEM with its
 * base64 damaged, its lines dropped, or its labels changed. The seed fixes the sequence.
 */
final class Mutations {

    private static final String[] REAL = {
        "certum-ca-root.pem", "leaf-startcom-www.davidadrian.org.pem", "leaf-wosign-dsa-mail.trickmemo.xyz.pem",
        "leaf-wosign-localhost.doomcalc.com.pem", "sct-leaf-www.lloydsbank.com.pem", "sm2-cfca-sm2-rca.pem",
        "startcom-int-class1-primary-intermediate-server-ca.pem", "wosign-int-ca-free-ssl-g2.pem", "wosign-root-ecc.pem",
        "xsign-wosign-china-root-by-startcom-serial-1FCE.pem", "xsign-wosign-g2-by-certum-ca-serial-BC72-malformed-time.pem",
    };

    private final Random random;
    private final List<byte[]> seeds = new ArrayList<>();

    Mutations(long seed) {
        this.random = new Random(seed);
        for (String name : REAL) {
            seeds.add(real(name));
        }
        seeds.add(TestPki.certificate().dnsNames("mutant.example").der());
        seeds.add(TestPki.certificate().sha1().notBefore("2016-02-01T00:00:00Z").der());
        seeds.add(TestPki.certificate().subjectKey(TestPki.ecP256Key()).embeddedScts(java.time.Instant.parse("2016-06-05T00:00:00Z")).der());
    }

    static byte[] real(String name) {
        try (InputStream in = Mutations.class.getResourceAsStream("/real-certs/" + name)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return org.casebook.analysis.PemBlocks.extract(pem).get(0).der();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<byte[]> seeds() {
        return seeds;
    }

    /** The next mutated input: DER bytes about half the time, PEM text otherwise. */
    byte[] next() {
        byte[] der = seeds.get(random.nextInt(seeds.size())).clone();
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            der = mutateDer(der);
        }
        if (random.nextBoolean()) {
            return der;
        }
        return mutatePem(TestPki.toPem(der)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] mutateDer(byte[] der) {
        if (der.length == 0) {
            return der;
        }
        int at = random.nextInt(der.length);
        switch (random.nextInt(8)) {
            case 0 -> der[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> der = Arrays.copyOf(der, at);
            case 2 -> {
                byte[] extra = new byte[1 + random.nextInt(8)];
                random.nextBytes(extra);
                der = splice(der, at, 0, extra);
            }
            case 3 -> der = splice(der, at, Math.min(der.length - at, 1 + random.nextInt(16)), new byte[0]);
            case 4 -> {
                int length = Math.min(der.length - at, 1 + random.nextInt(64));
                der = splice(der, at, 0, Arrays.copyOfRange(der, at, at + length));
            }
            case 5 -> der[Math.min(der.length - 1, 1 + random.nextInt(Math.min(der.length, 6)))] = (byte) random.nextInt(256);
            case 6 -> der[at] = (byte) (random.nextBoolean() ? 0x80 : 0xff); // indefinite or huge lengths
            default -> der = Arrays.copyOf(der, der.length + 1 + random.nextInt(4)); // trailing zero bytes
        }
        return der;
    }

    private String mutatePem(String pem) {
        StringBuilder text = new StringBuilder(pem);
        switch (random.nextInt(6)) {
            case 0 -> text.setCharAt(28 + random.nextInt(Math.max(1, text.length() - 60)), "!*-_ =A"
                    .charAt(random.nextInt(7)));
            case 1 -> {
                int start = text.indexOf("\n", 30 + random.nextInt(Math.max(1, text.length() - 60)));
                int end = start < 0 ? -1 : text.indexOf("\n", start + 1);
                if (end > 0) {
                    text.delete(start, end);
                }
            }
            case 2 -> text.replace(0, text.indexOf("\n"), "-----BEGIN " + (random.nextBoolean() ? "PKCS7" : "PRIVATE KEY") + "-----");
            case 3 -> text.setLength(Math.max(0, text.length() - 1 - random.nextInt(60)));
            case 4 -> text.insert(0, "Certificate:\n    Data: junk\n").append(text);
            default -> text.insert(text.indexOf("\n") + 1, "Proc-Type: 4,ENCRYPTED\n");
        }
        return text.toString();
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }
}
