package org.casebook.testpki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateView;

/**
 * A small test PKI: keys, a root, and a fluent builder for the certificates each test needs. Keys are
 * cached per algorithm so that tests stay fast.
 */
public final class TestPki {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static KeyPair rsa2048;
    private static KeyPair p256;
    private static KeyPair sm2;

    private TestPki() {
    }

    public static synchronized KeyPair rsaKey() {
        if (rsa2048 == null) {
            rsa2048 = generate("RSA", 2048, null);
        }
        return rsa2048;
    }

    /** A fresh RSA key (slow: use only when a test needs two different keys). */
    public static KeyPair newRsaKey() {
        return generate("RSA", 2048, null);
    }

    public static synchronized KeyPair ecP256Key() {
        if (p256 == null) {
            p256 = generate("EC", 0, "secp256r1");
        }
        return p256;
    }

    /** An EC key on China's SM2 curve, like WoSign's 2015 test certificates. */
    public static synchronized KeyPair sm2Key() {
        if (sm2 == null) {
            sm2 = generate("EC", 0, "sm2p256v1");
        }
        return sm2;
    }

    public static KeyPair ecKey(String curve) {
        return generate("EC", 0, curve);
    }

    private static KeyPair generate(String algorithm, int bits, String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, BC);
            if (curve != null) {
                generator.initialize(new ECGenParameterSpec(curve), RANDOM);
            } else {
                generator.initialize(bits, RANDOM);
            }
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CRL builder; see {@link TestCrl} for its defaults. */
    public static TestCrl crl() {
        return new TestCrl();
    }

    /** An OCSP response builder; see {@link TestOcspResponse} for its defaults. */
    public static TestOcspResponse ocspResponse() {
        return new TestOcspResponse();
    }

    public static CertBuilder certificate() {
        return new CertBuilder();
    }

    /** Fluent description of one test certificate; defaults make a valid 90-day TLS server certificate. */
    public static final class CertBuilder {
        private X500Name subject = new X500Name("CN=www.example.com");
        private X500Name issuer = new X500Name("C=US,O=Casebook Test CA,CN=Casebook Test Issuing CA");
        private KeyPair subjectKey = rsaKey();
        private KeyPair issuerKey = rsaKey();
        private BigInteger serial = new BigInteger(128, RANDOM).setBit(127);
        private Instant notBefore = Instant.parse("2016-06-01T00:00:00Z");
        private Instant notAfter;
        private String signatureAlgorithm = "SHA256withRSA";
        private final List<String> dnsNames = new ArrayList<>(List.of("www.example.com"));
        private boolean ca;
        private boolean selfSigned;
        private Integer keyUsageBits;
        private final List<Extension> extraExtensions = new ArrayList<>();
        private final List<ASN1ObjectIdentifier> omitted = new ArrayList<>();
        private final List<KeyPurposeId> ekus = new ArrayList<>(List.of(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth));
        private final java.util.Map<Integer, byte[]> tbsFields = new java.util.TreeMap<>();

        public CertBuilder subject(String dn) {
            this.subject = new X500Name(dn);
            return this;
        }

        /** A subject built by hand, for names Bouncy Castle's string parser refuses (over-long or odd types). */
        public CertBuilder subject(X500Name name) {
            this.subject = name;
            return this;
        }

        public CertBuilder issuer(String dn) {
            this.issuer = new X500Name(dn);
            return this;
        }

        /** An issuer built by hand, for names with odd value types. */
        public CertBuilder issuer(X500Name name) {
            this.issuer = name;
            return this;
        }

        public CertBuilder subjectKey(KeyPair key) {
            this.subjectKey = key;
            return this;
        }

        public CertBuilder issuerKey(KeyPair key) {
            this.issuerKey = key;
            return this;
        }

        public CertBuilder serial(BigInteger serial) {
            this.serial = serial;
            return this;
        }

        public CertBuilder serial(String hex) {
            return serial(new BigInteger(hex, 16));
        }

        public CertBuilder notBefore(String instant) {
            this.notBefore = Instant.parse(instant);
            return this;
        }

        public CertBuilder notAfter(String instant) {
            this.notAfter = Instant.parse(instant);
            return this;
        }

        public CertBuilder validity(String notBefore, String notAfter) {
            return notBefore(notBefore).notAfter(notAfter);
        }

        /** JCA name, e.g. SHA1withRSA, SHA256withECDSA. */
        public CertBuilder signatureAlgorithm(String algorithm) {
            this.signatureAlgorithm = algorithm;
            return this;
        }

        public CertBuilder sha1() {
            return signatureAlgorithm("SHA1withRSA");
        }

        public CertBuilder dnsNames(String... names) {
            dnsNames.clear();
            dnsNames.addAll(List.of(names));
            return this;
        }

        public CertBuilder ekus(KeyPurposeId... purposes) {
            ekus.clear();
            ekus.addAll(List.of(purposes));
            return this;
        }

        /** A CA certificate (basicConstraints cA, keyCertSign/cRLSign, no SAN, no EKU). */
        public CertBuilder ca() {
            this.ca = true;
            dnsNames.clear();
            ekus.clear();
            return this;
        }

        /** A self-signed root: issuer = subject, signed by the subject key. */
        public CertBuilder selfSignedRoot(String dn) {
            ca();
            this.subject = new X500Name(dn);
            this.issuer = this.subject;
            this.selfSigned = true;
            return this;
        }

        /** The keyUsage extension (critical) with these bits, e.g. {@code KeyUsage.digitalSignature}, instead of the default. */
        public CertBuilder keyUsage(int bits) {
            this.keyUsageBits = bits;
            return this;
        }

        public CertBuilder extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
            try {
                extraExtensions.add(new Extension(oid, critical, new DEROctetString(value.toASN1Primitive().getEncoded("DER"))));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /** Puts this extension in place of an extra extension of the same type added before (or adds it, even after without). */
        public CertBuilder replace(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
            extraExtensions.removeIf(e -> e.getExtnId().equals(oid));
            omitted.remove(oid);
            return extension(oid, critical, value);
        }

        /** An extension whose extnValue octets are given raw (for malformed-content tests). */
        public CertBuilder rawExtension(ASN1ObjectIdentifier oid, boolean critical, byte[] octets) {
            extraExtensions.add(new Extension(oid, critical, new DEROctetString(octets)));
            return this;
        }

        /**
         * Puts raw ASN.1 in place of one TBSCertificate field (0 version, 4 validity, 5 subject, 6 subjectPublicKeyInfo, ...)
         * and signs the result: for encodings Bouncy Castle's builder will not produce (a subject that is no DN,
         * a GeneralizedTime without seconds, a key that does not decode).
         */
        public CertBuilder tbsField(int index, ASN1Encodable value) {
            try {
                return tbsField(index, value.toASN1Primitive().getEncoded("DER"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The same with the field's bytes as given: Bouncy Castle re-encodes some values (times) into their DER form. */
        public CertBuilder tbsField(int index, byte[] encoded) {
            tbsFields.put(index, encoded.clone());
            return this;
        }

        public CertBuilder without(ASN1ObjectIdentifier extension) {
            omitted.add(extension);
            return this;
        }

        /** The RFC 6962 poison extension: a precertificate. */
        public CertBuilder precertificate() {
            return extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.3"), true, DERNull.INSTANCE);
        }

        /** Embeds SCTs with the given timestamps (fake log ids and signatures: only the times matter). */
        public CertBuilder embeddedScts(Instant... timestamps) {
            return rawExtension(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.2"), false,
                    new DEROctetStringHolder(SctListEncoder.encode(timestamps)).der());
        }

        public byte[] der() {
            try {
                Instant end = notAfter != null ? notAfter : notBefore.plusSeconds(90L * 24 * 3600);
                SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(subjectKey.getPublic().getEncoded());
                X509v3CertificateBuilder builder = new X509v3CertificateBuilder(selfSigned ? subject : issuer, serial,
                        Date.from(notBefore), Date.from(end), subject, spki);
                JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
                add(builder, Extension.basicConstraints, true, ca ? new BasicConstraints(true) : new BasicConstraints(false));
                add(builder, Extension.keyUsage, true, keyUsageBits != null ? new KeyUsage(keyUsageBits)
                        : ca ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                        : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                add(builder, Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey.getPublic()));
                if (!selfSigned) {
                    add(builder, Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey.getPublic()));
                }
                if (!ekus.isEmpty()) {
                    add(builder, Extension.extendedKeyUsage, false, new ExtendedKeyUsage(ekus.toArray(KeyPurposeId[]::new)));
                }
                if (!dnsNames.isEmpty()) {
                    add(builder, Extension.subjectAlternativeName, false,
                            new GeneralNames(dnsNames.stream().map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new)));
                }
                for (Extension extension : extraExtensions) {
                    if (!omitted.contains(extension.getExtnId())) {
                        builder.addExtension(extension);
                    }
                }
                KeyPair signer = selfSigned ? subjectKey : issuerKey;
                String algorithm = signatureAlgorithm;
                if (signer.getPrivate().getAlgorithm().startsWith("EC") && algorithm.endsWith("RSA")) {
                    algorithm = algorithm.replace("RSA", "ECDSA");
                }
                ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm).setProvider(BC).build(signer.getPrivate());
                byte[] built = builder.build(contentSigner).getEncoded();
                return tbsFields.isEmpty() ? built : withTbsFields(built, new JcaContentSignerBuilder(algorithm).setProvider(BC).build(signer.getPrivate()));
            } catch (Exception e) {
                throw new IllegalStateException("cannot build test certificate: " + e.getMessage(), e);
            }
        }

        private byte[] withTbsFields(byte[] built, ContentSigner signer) throws java.io.IOException {
            ASN1Sequence certificate = ASN1Sequence.getInstance(built);
            ASN1Sequence tbs = ASN1Sequence.getInstance(certificate.getObjectAt(0));
            java.io.ByteArrayOutputStream fields = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < tbs.size(); i++) {
                byte[] replaced = tbsFields.get(i);
                fields.writeBytes(replaced != null ? replaced : tbs.getObjectAt(i).toASN1Primitive().getEncoded("DER"));
            }
            byte[] tbsDer = sequence(fields.toByteArray());
            signer.getOutputStream().write(tbsDer);
            java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
            whole.writeBytes(tbsDer);
            whole.writeBytes(certificate.getObjectAt(1).toASN1Primitive().getEncoded("DER"));
            whole.writeBytes(new DERBitString(signer.getSignature()).getEncoded("DER"));
            return sequence(whole.toByteArray());
        }

        /** A DER SEQUENCE around already-encoded content. */
        private static byte[] sequence(byte[] content) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(0x30);
            if (content.length < 0x80) {
                out.write(content.length);
            } else {
                byte[] length = BigInteger.valueOf(content.length).toByteArray();
                int skip = length[0] == 0 ? 1 : 0;
                out.write(0x80 | (length.length - skip));
                out.write(length, skip, length.length - skip);
            }
            out.writeBytes(content);
            return out.toByteArray();
        }

        private void add(X509v3CertificateBuilder builder, ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) throws Exception {
            if (!omitted.contains(oid)) {
                builder.addExtension(oid, critical, value);
            }
        }

        /**
         * A precertificate and the final certificate made from it (RFC 6962 3.1): the same fields, the
         * poison in the first, the SCTs in the second. Returns {precertificate DER, final DER}.
         */
        public byte[][] precertificateAndFinal(Instant... sctTimestamps) {
            ASN1ObjectIdentifier poison = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.3");
            precertificate();
            byte[] pre = der();
            extraExtensions.removeIf(e -> e.getExtnId().equals(poison));
            embeddedScts(sctTimestamps);
            byte[] fin = der();
            return new byte[][] {pre, fin};
        }

        public CertificateView view() {
            try {
                return CertificateView.of(der());
            } catch (CertificateParseException e) {
                throw new IllegalStateException(e);
            }
        }

        public String pem() {
            return toPem(der());
        }
    }

    /** A positive random serial of exactly {@code bits} bits (top bit set), e.g. 63 for the 2019 generators. */
    public static BigInteger randomSerial(int bits) {
        return new BigInteger(bits, RANDOM).setBit(bits - 1);
    }

    /** A positive random serial of at most {@code bits} bits, as a generator of that width gives them. */
    public static BigInteger randomSerialUpTo(int bits) {
        BigInteger serial;
        do {
            serial = new BigInteger(bits, RANDOM);
        } while (serial.signum() == 0);
        return serial;
    }

    /**
     * The same certificate with its outermost SEQUENCE re-encoded with an indefinite length (BER):
     * the signature still verifies, since it covers only the TBSCertificate, but the bytes are not DER.
     */
    public static byte[] withIndefiniteOuterLength(byte[] der) {
        int lengthOctets = (der[1] & 0x80) == 0 ? 1 : 1 + (der[1] & 0x7f);
        int contentStart = 1 + lengthOctets;
        byte[] out = new byte[der.length - contentStart + 4];
        out[0] = 0x30;
        out[1] = (byte) 0x80;
        System.arraycopy(der, contentStart, out, 2, der.length - contentStart);
        return out;
    }

    /** A serial of exactly {@code octets} content octets whose first octet is {@code firstOctet}, rest random. */
    public static BigInteger serialOfOctets(int octets, int firstOctet) {
        byte[] bytes = new byte[octets];
        RANDOM.nextBytes(bytes);
        bytes[0] = (byte) firstOctet;
        return new BigInteger(1, bytes);
    }

    public static String toPem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    /** Wraps TLS bytes as the OCTET STRING that the SCT list extension holds. */
    private record DEROctetStringHolder(byte[] tls) {
        byte[] der() {
            try {
                return new DEROctetString(tls).getEncoded("DER");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Encodes a SignedCertificateTimestampList (RFC 6962 3.3) with dummy log ids and signatures. */
    static final class SctListEncoder {
        static byte[] encode(Instant... timestamps) {
            java.io.ByteArrayOutputStream list = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < timestamps.length; i++) {
                java.nio.ByteBuffer sct = java.nio.ByteBuffer.allocate(1 + 32 + 8 + 2 + 2 + 2 + 2);
                sct.put((byte) 0);
                byte[] logId = new byte[32];
                logId[0] = (byte) (i + 1);
                sct.put(logId);
                sct.putLong(timestamps[i].toEpochMilli());
                sct.putShort((short) 0); // no extensions
                sct.put((byte) 4).put((byte) 3); // sha256 / ecdsa
                sct.putShort((short) 2);
                sct.put((byte) 0x30).put((byte) 0x00);
                byte[] bytes = sct.array();
                list.write((bytes.length >> 8) & 0xff);
                list.write(bytes.length & 0xff);
                list.writeBytes(bytes);
            }
            byte[] body = list.toByteArray();
            byte[] out = new byte[body.length + 2];
            out[0] = (byte) ((body.length >> 8) & 0xff);
            out[1] = (byte) (body.length & 0xff);
            System.arraycopy(body, 0, out, 2, body.length);
            return out;
        }
    }
}
