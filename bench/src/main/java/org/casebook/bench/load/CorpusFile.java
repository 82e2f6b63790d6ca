package org.casebook.bench.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Writes a CA's corpus as one PEM stream for the corpus import benchmark: a root, three ECDSA P-256 issuing
 * intermediates, then leaves signed by them in turn (ECDSA with SHA-256), each with its own P-256 key from a pool,
 * one to four DNS names, a random 128-bit serial, notBefore spread over 2016-2018 at any hour, validity 90 days to 2
 * years, AKI/SKI/EKU/policies/AIA. No SCTs. {@code java -cp benchmarks.jar org.casebook.bench.load.CorpusFile FILE COUNT [LABEL]}.
 */
public final class CorpusFile {

    private static final ASN1ObjectIdentifier DV = new ASN1ObjectIdentifier("2.23.140.1.2.1");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CorpusFile FILE COUNT [LABEL]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String label = args.length > 2 ? args[2] : "import";
        long started = System.nanoTime();
        write(file, count, label);
        System.out.printf("%s: %d leaves + 4 CA certificates, %d bytes, in %.1f s%n", file, count, Files.size(file),
                (System.nanoTime() - started) / 1e9);
    }

    static void write(Path file, int count, String label) throws Exception {
        SecureRandom random = new SecureRandom();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"), random);
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        KeyPair rootKey = ec.generateKeyPair();
        X500Name root = new X500Name("C=CN,O=Bench Import " + label + ",CN=Bench Import Root " + label);
        List<byte[]> head = new ArrayList<>();
        head.add(ca(root, rootKey, root, rootKey, 1, utils, random));
        KeyPair[] intermediateKeys = new KeyPair[3];
        X500Name[] intermediates = new X500Name[3];
        for (int i = 0; i < 3; i++) {
            intermediateKeys[i] = ec.generateKeyPair();
            intermediates[i] = new X500Name("C=CN,O=Bench Import " + label + ",CN=Bench Import Issuing CA " + (i + 1) + " " + label);
            head.add(ca(root, rootKey, intermediates[i], intermediateKeys[i], 0, utils, random));
        }
        List<KeyPair> leafKeys = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            leafKeys.add(ec.generateKeyPair());
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int chunk = 2000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            write(out, head);
            List<Future<List<byte[]>>> pending = new ArrayList<>();
            for (int from = 0; from < count; from += chunk) {
                int first = from;
                int last = Math.min(count, from + chunk);
                pending.add(pool.submit(() -> leaves(first, last, label, intermediates, intermediateKeys, leafKeys, utils)));
                if (pending.size() >= threads * 2) {
                    write(out, pending.remove(0).get());
                }
            }
            for (Future<List<byte[]>> next : pending) {
                write(out, next.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void write(BufferedWriter out, List<byte[]> ders) throws IOException {
        Base64.Encoder mime = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] der : ders) {
            out.write("-----BEGIN CERTIFICATE-----\n");
            out.write(mime.encodeToString(der));
            out.write("\n-----END CERTIFICATE-----\n");
        }
    }

    private static byte[] ca(X500Name issuer, KeyPair issuerKey, X500Name subject, KeyPair key, int pathLength, JcaX509ExtensionUtils utils,
            SecureRandom random) throws Exception {
        Instant notBefore = Instant.parse("2015-03-02T02:00:00Z");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(128, random).setBit(127),
                Date.from(notBefore), Date.from(notBefore.plus(Duration.ofDays(3650 + (pathLength == 1 ? 3650 : 0)))), subject, key.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
        if (issuerKey != key) {
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey.getPublic()));
        }
        return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey.getPrivate())).getEncoded();
    }

    private static List<byte[]> leaves(int first, int last, String label, X500Name[] issuers, KeyPair[] issuerKeys, List<KeyPair> keys,
            JcaX509ExtensionUtils utils) throws Exception {
        Random shape = new Random(first * 31L + label.hashCode());
        SecureRandom random = new SecureRandom();
        ContentSigner[] signers = new ContentSigner[issuers.length];
        for (int i = 0; i < issuers.length; i++) {
            signers[i] = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys[i].getPrivate());
        }
        List<byte[]> out = new ArrayList<>(last - first);
        Instant start = Instant.parse("2016-01-04T00:00:00Z");
        for (int index = first; index < last; index++) {
            int ca = index % issuers.length;
            KeyPair key = keys.get(shape.nextInt(keys.size()));
            String domain = "host" + index + "-" + label.toLowerCase() + (shape.nextBoolean() ? ".example.cn" : ".example.com");
            List<GeneralName> names = new ArrayList<>();
            names.add(new GeneralName(GeneralName.dNSName, domain));
            int more = shape.nextInt(4);
            String[] hosts = {"www", "mail", "api"};
            for (int i = 0; i < more && i < hosts.length; i++) {
                names.add(new GeneralName(GeneralName.dNSName, hosts[i] + "." + domain));
            }
            Instant notBefore = start.plusSeconds((long) shape.nextInt(3 * 365 * 24 * 3600));
            int roll = shape.nextInt(100);
            long days = roll < 50 ? 90 : roll < 80 ? 365 : roll < 95 ? 398 : 730;
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuers[ca], new BigInteger(128, random).setBit(127),
                    Date.from(notBefore), Date.from(notBefore.plus(Duration.ofDays(days)).minusSeconds(1)), new X500Name("CN=" + domain),
                    key.getPublic());
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKeys[ca].getPublic()));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key.getPublic()));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
            builder.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation(DV)));
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
                    new AccessDescription(AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier,
                            "http://ocsp.bench-import.example/")),
                    new AccessDescription(AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier,
                            "http://aia.bench-import.example/ca" + (ca + 1) + ".crt"))}));
            out.add(builder.build(signers[ca]).getEncoded());
        }
        return out;
    }

    private CorpusFile() {
    }

}
