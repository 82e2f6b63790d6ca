package org.casebook.testpki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.casebook.analysis.revocation.CrlParser;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevocationParseException;

/**
 * CRLs for tests, signed with Bouncy Castle. By default a CRL a CA may publish under BR 7.2: v2, thisUpdate
 * and nextUpdate seven days apart, a cRLNumber and an authorityKeyIdentifier. Each method departs from that in
 * one way. The TBSCertList is assembled field by field (rather than through X509v2CRLBuilder) so that a test
 * can also make what that builder refuses: repeated extensions, an empty revokedCertificates list.
 */
public final class TestCrl {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private X500Name issuer = new X500Name("CN=Test CRL Issuer,O=Casebook Test PKI,C=US");
    private KeyPair issuerKey = TestPki.rsaKey();
    private String signatureAlgorithm = "SHA256withRSA";
    private boolean withoutNullParameters;
    private Instant thisUpdate = Instant.parse("2025-01-10T00:00:00Z");
    private Instant nextUpdate = Instant.parse("2025-01-17T00:00:00Z");
    private final List<DERSequence> entries = new ArrayList<>();
    private boolean emptyRevokedList;
    private final List<Extension> extensions = new ArrayList<>();
    private boolean defaultExtensions = true;

    TestCrl() {
    }

    public TestCrl issuer(String dn, KeyPair key) {
        this.issuer = new X500Name(dn);
        this.issuerKey = key;
        return this;
    }

    public TestCrl signatureAlgorithm(String algorithm) {
        this.signatureAlgorithm = algorithm;
        return this;
    }

    /** The RSA signatureAlgorithm without its NULL parameters (RFC 4055 requires them). */
    public TestCrl withoutNullParameters() {
        this.withoutNullParameters = true;
        return this;
    }

    public TestCrl thisUpdate(String instant) {
        this.thisUpdate = Instant.parse(instant);
        return this;
    }

    /** {@code null} leaves nextUpdate out. */
    public TestCrl nextUpdate(String instant) {
        this.nextUpdate = instant == null ? null : Instant.parse(instant);
        return this;
    }

    public TestCrl revoked(long serial, String revocationDate) {
        return revoked(serial, revocationDate, List.of());
    }

    public TestCrl revoked(long serial, String revocationDate, int reasonCode) {
        return revoked(serial, revocationDate, List.of(reasonCode(reasonCode, false)));
    }

    public TestCrl revoked(long serial, String revocationDate, List<Extension> entryExtensions) {
        ASN1EncodableVector entry = new ASN1EncodableVector();
        entry.add(new ASN1Integer(BigInteger.valueOf(serial)));
        entry.add(new Time(Date.from(Instant.parse(revocationDate))));
        if (!entryExtensions.isEmpty()) {
            entry.add(new DERSequence(entryExtensions.toArray(Extension[]::new)));
        }
        entries.add(new DERSequence(entry));
        return this;
    }

    /** A reasonCode entry extension (RFC 5280 section 5.3.1). */
    public static Extension reasonCode(int code, boolean critical) {
        try {
            return new Extension(Extension.reasonCode, critical, new ASN1Enumerated(code).getEncoded(ASN1Encoding.DER));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encodes revokedCertificates as an empty SEQUENCE when no entry is added (RFC 5280 wants it absent). */
    public TestCrl emptyRevokedList() {
        this.emptyRevokedList = true;
        return this;
    }

    /** No cRLNumber, no authorityKeyIdentifier: only the extensions added with {@link #extension}. */
    public TestCrl withoutDefaultExtensions() {
        this.defaultExtensions = false;
        return this;
    }

    public TestCrl extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Primitive value) {
        try {
            extensions.add(new Extension(oid, critical, value.getEncoded(ASN1Encoding.DER)));
            return this;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Extension crlNumber(BigInteger number) {
        return new Extension(Extension.cRLNumber, false, encode(new ASN1Integer(number)));
    }

    public byte[] der() {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm).setProvider(BC).build(issuerKey.getPrivate());
            AlgorithmIdentifier algorithm = withoutNullParameters
                    ? new AlgorithmIdentifier(signer.getAlgorithmIdentifier().getAlgorithm())
                    : signer.getAlgorithmIdentifier();
            ASN1EncodableVector tbs = new ASN1EncodableVector();
            tbs.add(new ASN1Integer(1));
            tbs.add(algorithm);
            tbs.add(issuer);
            tbs.add(new Time(Date.from(thisUpdate)));
            if (nextUpdate != null) {
                tbs.add(new Time(Date.from(nextUpdate)));
            }
            if (!entries.isEmpty() || emptyRevokedList) {
                tbs.add(new DERSequence(entries.toArray(DERSequence[]::new)));
            }
            List<Extension> all = new ArrayList<>();
            if (defaultExtensions) {
                all.add(crlNumber(BigInteger.valueOf(42)));
                all.add(new Extension(Extension.authorityKeyIdentifier, false,
                        encode(new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuerKey.getPublic()).toASN1Primitive())));
            }
            all.addAll(extensions);
            if (!all.isEmpty()) {
                tbs.add(new DERTaggedObject(true, 0, new DERSequence(all.toArray(Extension[]::new))));
            }
            byte[] tbsDer = new DERSequence(tbs).getEncoded(ASN1Encoding.DER);
            signer.getOutputStream().write(tbsDer);
            ASN1EncodableVector crl = new ASN1EncodableVector();
            crl.add(ASN1Primitive.fromByteArray(tbsDer));
            crl.add(algorithm);
            crl.add(new DERBitString(signer.getSignature()));
            return new DERSequence(crl).getEncoded(ASN1Encoding.DER);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build test CRL: " + e.getMessage(), e);
        }
    }

    public CrlView view() {
        try {
            return CrlParser.parse(der());
        } catch (RevocationParseException e) {
            throw new IllegalStateException("test CRL does not parse: " + e.getMessage(), e);
        }
    }

    private static byte[] encode(ASN1Primitive value) {
        try {
            return value.getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
