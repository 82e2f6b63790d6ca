package org.casebook.bench;

import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A load generator for the upload path: makes bundles of distinct TLS server certificates (own subject, own P-256
 * key, one RSA issuing CA, as a CA's corpus looks) and posts them to a running Casebook, one bundle after another,
 * printing the time of each. The corpus grows with every bundle, so the times show whether storing the
 * 30,000th certificate costs what the 2,000th did.
 *
 * <pre>java -cp target/benchmarks.jar org.casebook.bench.UploadLoad http://localhost:8080 admin PASSWORD [bundles] [perBundle] [store|lint|flipped] [query]</pre>
 * {@code query} is added to the upload's URL, e.g. {@code ca=wosign&issue=H} to file every certificate as evidence.
 * {@code flipped} stores copies of one certificate that differ only in a byte of their signature (same issuer and serial,
 * each its own SHA-256): the shape that made the duplicate-serial check work through every pair (issue 11, item 5).
 */
public final class UploadLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: UploadLoad BASE_URL USER PASSWORD [bundles=8] [certificatesPerBundle=2000] [store|lint] [query]");
            System.exit(2);
        }
        URI base = URI.create(args[0].replaceAll("/+$", ""));
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int bundles = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int perBundle = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        boolean store = args.length <= 5 || !args[5].equals("lint");
        boolean flipped = args.length > 5 && args[5].equals("flipped");
        String query = args.length > 6 ? "?" + args[6] : "";

        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair issuerKey = rsa.generateKeyPair();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        X500Name issuer = new X500Name("C=US,O=Load Test CA,CN=Load Test Issuing CA " + System.currentTimeMillis());
        SecureRandom random = new SecureRandom();
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        System.out.printf("%s%s %d bundles of %d certificates to %s%n", store ? "storing" : "linting", flipped ? " signature-flipped copies:" : "", bundles, perBundle, base);
        Instant day = Instant.parse("2016-01-04T00:00:00Z");
        byte[] original = null;
        int signatureAt = 0;
        if (flipped) {
            KeyPair key = ec.generateKeyPair();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(128, random).setBit(127),
                    Date.from(day), Date.from(day.plus(Duration.ofDays(90))), new X500Name("CN=flipped.load.example"), key.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, "flipped.load.example")));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            // No key identifiers, as in many older certificates: telling issuers apart then takes signature checks.
            original = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate())).getEncoded();
            signatureAt = original.length - 256; // the RSA-2048 signature is the last 256 octets
            // The issuing CA's own certificate on file, so that the check has a key to verify signatures with.
            X509v3CertificateBuilder root = new JcaX509v3CertificateBuilder(issuer, BigInteger.ONE, Date.from(day.minus(Duration.ofDays(365))),
                    Date.from(day.plus(Duration.ofDays(3650))), issuer, issuerKey.getPublic());
            root.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            byte[] rootDer = root.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate())).getEncoded();
            HttpResponse<String> stored = client.send(HttpRequest.newBuilder(base.resolve("/api/certificates")).header("Authorization", auth)
                    .header("Content-Type", "application/pkix-cert").POST(HttpRequest.BodyPublishers.ofByteArray(rootDer)).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("issuing CA certificate stored: HTTP " + stored.statusCode());
        }
        int made = 0;
        for (int b = 0; b < bundles; b++) {
            StringWriter pem = new StringWriter();
            for (int i = 0; i < perBundle; i++, made++) {
                if (flipped) {
                    byte[] copy = original.clone();
                    int at = signatureAt + (made % 250);
                    copy[at] ^= (byte) (1 + made / 250); // a distinct copy for each of the first 63,750
                    pem.write("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(copy)
                            + "\n-----END CERTIFICATE-----\n");
                    continue;
                }
                KeyPair key = ec.generateKeyPair();
                String host = "host" + made + ".load.example";
                Instant notBefore = day.plusSeconds(600L * made);
                X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(128, random).setBit(127),
                        Date.from(notBefore), Date.from(notBefore.plus(Duration.ofDays(90))), new X500Name("CN=" + host), key.getPublic());
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, host)));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuerKey.getPublic()));
                builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key.getPublic()));
                byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate())).getEncoded();
                pem.write("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                        + "\n-----END CERTIFICATE-----\n");
            }
            HttpRequest request = HttpRequest.newBuilder(base.resolve((store ? "/api/certificates" : "/api/lint") + query))
                    .timeout(Duration.ofMinutes(15)).header("Authorization", auth).header("Content-Type", "application/x-pem-file")
                    .POST(HttpRequest.BodyPublishers.ofString(pem.toString(), StandardCharsets.US_ASCII)).build();
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("bundle %d: HTTP %d, %d certificates in %.2f s = %.0f/s (%d sent so far)%n", b + 1, response.statusCode(),
                    perBundle, seconds, perBundle / seconds, made);
            if (response.statusCode() != 200) {
                System.out.println(response.body());
                System.exit(1);
            }
        }
    }
}
