package org.casebook.bench.load;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Distinct TLS server certificates as a CA's corpus has them: one RSA issuing CA, each leaf with its own subject
 * and (mostly) its own key, AKI/SKI/SAN/EKU/policies/AIA. Not one shape repeated: DV and OV subjects, one to six
 * SAN names (some wildcards), P-256 most of the time, some P-384 and RSA keys (RSA from a small pool of keys, as
 * hosting providers reuse them), validity from 90 days to two years, and a few of the mistakes a real case file is
 * made of: SHA-1 signatures after 2016 and serials reused for a different certificate of the same issuer.
 *
 * <p>The names carry a label so that two factories (a dataset and a later run) never make the same certificate.
 */
final class LeafFactory {

    private static final Instant FIRST_NOT_BEFORE = Instant.parse("2016-01-04T01:00:00Z");
    private static final ASN1ObjectIdentifier DV = new ASN1ObjectIdentifier("2.23.140.1.2.1");
    private static final ASN1ObjectIdentifier OV = new ASN1ObjectIdentifier("2.23.140.1.2.2");
    private static final String[] CITIES = {"Shenzhen", "Beijing", "Shanghai", "Hangzhou", "Guangzhou", "Chengdu"};
    private static final String[] PROVINCES = {"Guangdong", "Beijing", "Shanghai", "Zhejiang", "Guangdong", "Sichuan"};

    private final String label;
    private final Random shape;
    private final SecureRandom random = new SecureRandom();
    private final KeyPair issuerKey;
    private final X500Name issuer;
    private final byte[] caCertificate;
    private final KeyPairGenerator p256;
    private final KeyPairGenerator p384;
    private final List<KeyPair> rsaPool = new ArrayList<>();
    private final JcaX509ExtensionUtils extensions;
    private final List<BigInteger> recentSerials = new ArrayList<>();
    private long made;

    LeafFactory(String label, long seed) {
        this.label = label.replaceAll("[^A-Za-z0-9-]", "-");
        this.shape = new Random(seed);
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048, random);
            issuerKey = rsa.generateKeyPair();
            for (int i = 0; i < 8; i++) {
                rsaPool.add(rsa.generateKeyPair());
            }
            p256 = KeyPairGenerator.getInstance("EC");
            p256.initialize(new ECGenParameterSpec("secp256r1"), random);
            p384 = KeyPairGenerator.getInstance("EC");
            p384.initialize(new ECGenParameterSpec("secp384r1"), random);
            extensions = new JcaX509ExtensionUtils();
            issuer = new X500Name("C=CN,O=Bench Trust " + this.label + ",CN=Bench Trust Server CA " + this.label);
            caCertificate = issuingCa();
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot set up the benchmark CA", e);
        }
    }

    /** The issuing CA's own (self-signed) certificate, so the corpus checks find the issuer on file. */
    byte[] caCertificate() {
        return caCertificate;
    }

    long made() {
        return made;
    }

    /** The next leaf, DER. */
    byte[] next() {
        try {
            return leaf(made++);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make a benchmark certificate", e);
        }
    }

    List<byte[]> next(int count) {
        List<byte[]> ders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ders.add(next());
        }
        return ders;
    }

    static String pem(List<byte[]> ders) {
        StringBuilder text = new StringBuilder(ders.size() * 1400);
        Base64.Encoder mime = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] der : ders) {
            text.append("-----BEGIN CERTIFICATE-----\n").append(mime.encodeToString(der)).append("\n-----END CERTIFICATE-----\n");
        }
        return text.toString();
    }

    private byte[] issuingCa() throws IOException, OperatorCreationException, GeneralSecurityException {
        Instant notBefore = Instant.parse("2015-06-01T00:00:00Z");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(128, random).setBit(127),
                Date.from(notBefore), Date.from(notBefore.plus(Duration.ofDays(3650))), issuer, issuerKey.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(issuerKey.getPublic()));
        return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate())).getEncoded();
    }

    private byte[] leaf(long index) throws IOException, OperatorCreationException, GeneralSecurityException {
        int roll = shape.nextInt(1000);
        KeyPair key = roll < 930 ? p256.generateKeyPair() : roll < 980 ? p384.generateKeyPair() : rsaPool.get(shape.nextInt(rsaPool.size()));
        boolean organisation = shape.nextInt(10) < 3;
        String domain = "site" + index + "-" + label.toLowerCase() + (shape.nextBoolean() ? ".example.cn" : ".example.com");
        List<String> names = sanNames(domain);
        String commonName = names.get(0);
        X500Name subject = organisation
                ? new X500Name("C=CN,ST=" + PROVINCES[(int) (index % 6)] + ",L=" + CITIES[(int) (index % 6)] + ",O=Example Holdings "
                        + (index % 997) + " Co. Ltd.,CN=" + commonName)
                : new X500Name("CN=" + commonName);

        // about six an hour, every hour of every day: weekends and holidays included, as a CA issues
        Instant notBefore = FIRST_NOT_BEFORE.plusSeconds(600L * index + shape.nextInt(600));
        int validityRoll = shape.nextInt(100);
        long days = validityRoll < 50 ? 90 : validityRoll < 80 ? 365 : validityRoll < 95 ? 398 : 730;
        Instant notAfter = notBefore.plus(Duration.ofDays(days)).minusSeconds(1);

        BigInteger serial = new BigInteger(128, random).setBit(127);
        if (shape.nextInt(1000) < 3 && !recentSerials.isEmpty()) {
            serial = recentSerials.get(shape.nextInt(recentSerials.size())); // a serial reused: a duplicate-serial finding
        }
        recentSerials.add(serial);
        if (recentSerials.size() > 64) {
            recentSerials.remove(0);
        }

        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore), Date.from(notAfter), subject,
                key.getPublic());
        builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuerKey.getPublic()));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key.getPublic()));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage(key.getPublic())));
        builder.addExtension(Extension.extendedKeyUsage, false, shape.nextInt(10) < 7
                ? new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth})
                : new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        GeneralName[] san = names.stream().map(name -> new GeneralName(GeneralName.dNSName, name)).toArray(GeneralName[]::new);
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(san));
        builder.addExtension(Extension.certificatePolicies, false, policies(organisation));
        builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
                new AccessDescription(AccessDescription.id_ad_ocsp, uri("http://ocsp.bench-" + label.toLowerCase() + ".example/")),
                new AccessDescription(AccessDescription.id_ad_caIssuers, uri("http://aia.bench-" + label.toLowerCase() + ".example/ca.crt"))}));
        if (shape.nextInt(10) < 6) {
            DistributionPoint point = new DistributionPoint(new DistributionPointName(new GeneralNames(
                    uri("http://crl.bench-" + label.toLowerCase() + ".example/ca.crl"))), null, null);
            builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {point}));
        }
        String algorithm = shape.nextInt(1000) < 5 ? "SHA1withRSA" : "SHA256withRSA";
        return builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey.getPrivate())).getEncoded();
    }

    private List<String> sanNames(String domain) {
        int roll = shape.nextInt(100);
        List<String> names = new ArrayList<>();
        if (roll < 50) {
            names.add(domain);
        } else if (roll < 85) {
            names.add("www." + domain);
            names.add(domain);
        } else if (roll < 95) {
            names.add("*." + domain);
            names.add(domain);
        } else {
            names.add(domain);
            int more = 2 + shape.nextInt(4);
            String[] hosts = {"www", "mail", "api", "m", "shop", "cdn"};
            for (int i = 0; i < more; i++) {
                names.add(hosts[i] + "." + domain);
            }
        }
        return names;
    }

    private static int keyUsage(PublicKey key) {
        return key instanceof RSAPublicKey ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature;
    }

    private CertificatePolicies policies(boolean organisation) {
        PolicyInformation baseline = new PolicyInformation(organisation ? OV : DV);
        if (shape.nextBoolean()) {
            return new CertificatePolicies(baseline);
        }
        PolicyQualifierInfo cps = new PolicyQualifierInfo("https://cps.bench-" + label.toLowerCase() + ".example/");
        PolicyInformation own = new PolicyInformation(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.2"), new DERSequence(cps));
        return new CertificatePolicies(new PolicyInformation[] {baseline, own});
    }

    private static GeneralName uri(String uri) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(uri));
    }
}
