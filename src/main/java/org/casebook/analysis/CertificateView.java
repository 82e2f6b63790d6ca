package org.casebook.analysis;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;

/**
 * One certificate, parsed once, as every lint and corpus check reads it. Built by
 * {@link CertificateParser}; immutable from the outside. What is derived from it is computed on first use
 * and kept in the view's cache slots ({@link #cached}), which lint helpers share through their own keys.
 */
public final class CertificateView {

    /** RFC 6962 section 3.1: the extension that makes a precertificate unusable as a certificate. */
    public static final ASN1ObjectIdentifier CT_POISON = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.3");
    /** RFC 6962 section 3.3: the embedded SCT list. */
    public static final ASN1ObjectIdentifier CT_SCT_LIST = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.2");

    /** Stands in a slot for a value computed as null (absent or unparsable), so it is not computed again. */
    private static final Object UNPARSABLE = new Object();

    private static final CacheKey SHA256_HEX = new CacheKey("sha256Hex");
    private static final CacheKey NOT_BEFORE = new CacheKey("notBefore");
    private static final CacheKey NOT_AFTER = new CacheKey("notAfter");
    private static final CacheKey EXTENSION_TABLE = new CacheKey("extensionTable");
    private static final CacheKey BASIC_CONSTRAINTS = new CacheKey("basicConstraints");
    private static final CacheKey SELF_ISSUED = new CacheKey("selfIssued");
    private static final CacheKey SELF_SIGNED = new CacheKey("selfSigned");
    private static final CacheKey SERVER_AUTH = new CacheKey("serverAuth");
    private static final CacheKey KEY_USAGE = new CacheKey("keyUsage");
    private static final CacheKey EXTENDED_KEY_USAGES = new CacheKey("extendedKeyUsages");
    private static final CacheKey KNOWN_EKUS = new CacheKey("knownExtendedKeyUsages");
    private static final CacheKey UNKNOWN_EKUS = new CacheKey("unknownExtendedKeyUsages");
    private static final CacheKey SUBJECT_ALT_NAMES = new CacheKey("subjectAltNames");
    private static final CacheKey DNS_NAMES = new CacheKey("dnsNames");
    private static final CacheKey IP_ADDRESSES = new CacheKey("ipAddresses");
    private static final CacheKey EXTENSION_OIDS = new CacheKey("extensionOids");
    private static final CacheKey POLICY_OIDS = new CacheKey("policyOids");
    private static final CacheKey SUBJECT_ATTRIBUTES = new CacheKey("subjectAttributes");
    private static final CacheKey ISSUER_ATTRIBUTES = new CacheKey("issuerAttributes");
    private static final CacheKey RSA_KEY = new CacheKey("rsaKey");
    private static final CacheKey SCT_LIST = new CacheKey("sctList");
    private static final CacheKey NON_DER_REASON = new CacheKey("nonDerReason");

    private final byte[] der;
    private final Certificate certificate;
    /** The version as written when it contradicts the fields present (lenient parse only); else null. */
    private final Integer declaredVersion;
    /** Known DER (parsed strictly); otherwise {@link #nonDerReason} finds out on first use. */
    private final boolean knownDer;
    /** The parser's scan found the bytes DER (only the certificate's DEFAULT fields remain to check). */
    private final boolean derScanPassed;

    CertificateView(byte[] der, CertificateDecoder.Decoded decoded) {
        this.der = der.clone();
        this.certificate = decoded.certificate();
        this.declaredVersion = decoded.declaredVersion();
        this.knownDer = decoded.knownDer();
        this.derScanPassed = decoded.scannedAsDer();
    }

    /** Parses one DER certificate, strictly (what {@code CertificateParser.parseDer} does). */
    public static CertificateView of(byte[] der) throws CertificateParseException {
        return new CertificateView(der, CertificateDecoder.strict(der));
    }

    public byte[] der() {
        return der.clone();
    }

    public String sha256Hex() {
        return cached(SHA256_HEX, view -> HexFormat.of().formatHex(sha256(view.der)));
    }

    /** Bouncy Castle's ASN.1 structure of the whole certificate, for checks that need raw encodings. */
    public Certificate asn1() {
        return certificate;
    }

    public TBSCertificate tbs() {
        return certificate.getTBSCertificate();
    }

    /** 1, 2 or 3 (the encoded value plus one). */
    public int version() {
        return declaredVersion != null ? declaredVersion : tbs().getVersionNumber();
    }

    public BigInteger serial() {
        return tbs().getSerialNumber().getValue();
    }

    /** The serial's encoded content octets (two's complement, as on the wire). */
    public byte[] serialBytes() {
        try {
            byte[] encoded = tbs().getSerialNumber().getEncoded(ASN1Encoding.DER);
            return CertificateEncoding.contentOctets(encoded);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Upper-case hex of the serial's content octets, e.g. {@code 00A1B2}. */
    public String serialHex() {
        return HexFormat.of().withUpperCase().formatHex(serialBytes());
    }

    public X500Name subject() {
        return tbs().getSubject();
    }

    public X500Name issuer() {
        return tbs().getIssuer();
    }

    public Instant notBefore() {
        return cached(NOT_BEFORE, view -> CertificateEncoding.instant(view.tbs().getStartDate()));
    }

    public Instant notAfter() {
        return cached(NOT_AFTER, view -> CertificateEncoding.instant(view.tbs().getEndDate()));
    }

    /** The outer signatureAlgorithm (RFC 5280 4.1.1.2). */
    public AlgorithmIdentifier signatureAlgorithm() {
        return certificate.getSignatureAlgorithm();
    }

    /** The signature field inside the TBSCertificate (RFC 5280 4.1.2.3). */
    public AlgorithmIdentifier tbsSignatureAlgorithm() {
        return tbs().getSignature();
    }

    public String signatureAlgorithmName() {
        return AlgorithmNames.signature(signatureAlgorithm().getAlgorithm());
    }

    public SubjectPublicKeyInfo publicKeyInfo() {
        return tbs().getSubjectPublicKeyInfo();
    }

    public ASN1ObjectIdentifier publicKeyAlgorithm() {
        return publicKeyInfo().getAlgorithm().getAlgorithm();
    }

    /** The named curve of an EC key, or null. */
    public ASN1ObjectIdentifier ecCurve() {
        ASN1Encodable parameters = publicKeyInfo().getAlgorithm().getParameters();
        return parameters instanceof ASN1ObjectIdentifier oid ? oid : null;
    }

    /** RSA modulus, or null for other keys or an unparsable RSA key. */
    public BigInteger rsaModulus() {
        org.bouncycastle.asn1.pkcs.RSAPublicKey key = rsaKey();
        return key == null ? null : key.getModulus();
    }

    public BigInteger rsaPublicExponent() {
        org.bouncycastle.asn1.pkcs.RSAPublicKey key = rsaKey();
        return key == null ? null : key.getPublicExponent();
    }

    /** Key size in bits: RSA modulus length, EC field size, DSA p length; null when unknown. */
    public Integer keySizeBits() {
        return PublicKeys.sizeBits(publicKeyInfo());
    }

    public String keyAlgorithmName() {
        return AlgorithmNames.publicKey(publicKeyAlgorithm(), ecCurve());
    }

    public byte[] spkiSha256() {
        try {
            return sha256(publicKeyInfo().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Extensions extensions() {
        return tbs().getExtensions();
    }

    public Extension extension(ASN1ObjectIdentifier oid) {
        ExtensionTable table = extensionTable();
        int index = table.indexOf(oid);
        return index < 0 ? null : table.extensions[index];
    }

    public boolean hasExtension(ASN1ObjectIdentifier oid) {
        return extension(oid) != null;
    }

    /** The extension's value, parsed (once per view); null when absent or not parsable. */
    public ASN1Primitive extensionValue(ASN1ObjectIdentifier oid) {
        ExtensionTable table = extensionTable();
        int index = table.indexOf(oid);
        if (index < 0) {
            return null;
        }
        Object cached = table.values.get(index);
        if (cached != null) {
            return cached == UNPARSABLE ? null : (ASN1Primitive) cached;
        }
        ASN1Primitive value;
        try {
            value = ASN1Primitive.fromByteArray(table.extensions[index].getExtnValue().getOctets());
        } catch (IOException | RuntimeException e) {
            value = null;
        }
        table.values.set(index, value == null ? UNPARSABLE : value);
        return value;
    }

    /** OIDs of all extensions in order of appearance (duplicates kept). */
    public List<ASN1ObjectIdentifier> extensionOids() {
        return cached(EXTENSION_OIDS, CertificateView::readExtensionOids);
    }

    private List<ASN1ObjectIdentifier> readExtensionOids() {
        ASN1Sequence raw = rawExtensions();
        if (raw == null) {
            return List.of();
        }
        List<ASN1ObjectIdentifier> oids = new ArrayList<>();
        for (ASN1Encodable e : raw) {
            oids.add(ASN1ObjectIdentifier.getInstance(ASN1Sequence.getInstance(e).getObjectAt(0)));
        }
        return Collections.unmodifiableList(oids);
    }

    private ASN1Sequence rawExtensions() {
        ASN1Sequence tbsSeq = ASN1Sequence.getInstance(tbs().toASN1Primitive());
        for (ASN1Encodable element : tbsSeq) {
            if (element instanceof org.bouncycastle.asn1.ASN1TaggedObject tagged && tagged.getTagNo() == 3) {
                return ASN1Sequence.getInstance(tagged, true);
            }
        }
        return null;
    }

    public BasicConstraints basicConstraints() {
        return cached(BASIC_CONSTRAINTS, CertificateView::readBasicConstraints);
    }

    private BasicConstraints readBasicConstraints() {
        try {
            ASN1Primitive value = extensionValue(Extension.basicConstraints);
            return value == null ? null : BasicConstraints.getInstance(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** basicConstraints cA is TRUE. */
    public boolean isCa() {
        BasicConstraints bc = basicConstraints();
        return bc != null && bc.isCA();
    }

    public boolean isSubscriber() {
        return !isCa();
    }

    /** Subject and issuer names are equal (byte for byte or by RFC 5280 comparison). */
    public boolean isSelfIssued() {
        return cached(SELF_ISSUED, view -> view.subject().equals(view.issuer()));
    }

    /** A self-issued CA certificate whose signature verifies with its own key. */
    public boolean isRoot() {
        return isCa() && isSelfSigned();
    }

    /** A CA certificate that is not a root. */
    public boolean isSubCa() {
        return isCa() && !isRoot();
    }

    public KeyUsage keyUsage() {
        return cached(KEY_USAGE, CertificateView::readKeyUsage);
    }

    private KeyUsage readKeyUsage() {
        try {
            ASN1Primitive value = extensionValue(Extension.keyUsage);
            return value == null ? null : KeyUsage.getInstance(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** EKU purpose OIDs in order; empty when there is no EKU extension. */
    public List<KeyPurposeId> extendedKeyUsages() {
        return cached(EXTENDED_KEY_USAGES, CertificateView::readExtendedKeyUsages);
    }

    private List<KeyPurposeId> readExtendedKeyUsages() {
        try {
            ASN1Primitive value = extensionValue(Extension.extendedKeyUsage);
            return value == null ? List.of() : List.of(ExtendedKeyUsage.getInstance(value).getUsages());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * zlint's notion of a TLS server certificate (util.IsServerAuthCert): no EKU at all, an EKU listing
     * serverAuth or anyExtendedKeyUsage, or else a CA/Browser Forum TLS policy OID (DV, OV, IV, EV).
     * Any other EKU, known or not, makes the certificate something other than a TLS server certificate.
     */
    public boolean isServerAuth() {
        return cached(SERVER_AUTH, CertificateView::computeServerAuth);
    }

    private boolean computeServerAuth() {
        List<KeyPurposeId> ekus = extendedKeyUsages();
        if (ekus.isEmpty()) {
            return true;
        }
        for (KeyPurposeId eku : ekus) {
            if (eku.equals(KeyPurposeId.id_kp_serverAuth) || eku.equals(KeyPurposeId.anyExtendedKeyUsage)) {
                return true;
            }
        }
        for (ASN1ObjectIdentifier policy : policyOids()) {
            if (CabfPolicies.RESERVED.contains(policy)) {
                return true;
            }
        }
        return false;
    }

    public GeneralNames subjectAltNames() {
        return cached(SUBJECT_ALT_NAMES, CertificateView::readSubjectAltNames);
    }

    private GeneralNames readSubjectAltNames() {
        try {
            ASN1Primitive value = extensionValue(Extension.subjectAlternativeName);
            return value == null ? null : GeneralNames.getInstance(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** dNSName entries of the SAN, as encoded. */
    public List<String> dnsNames() {
        return cached(DNS_NAMES, view -> view.namesOfType(GeneralName.dNSName));
    }

    /** iPAddress entries of the SAN, as text. */
    public List<String> ipAddresses() {
        return cached(IP_ADDRESSES, CertificateView::readIpAddresses);
    }

    private List<String> readIpAddresses() {
        GeneralNames names = subjectAltNames();
        if (names == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.iPAddress) {
                byte[] octets = ASN1OctetString.getInstance(name.getName()).getOctets();
                try {
                    out.add(java.net.InetAddress.getByAddress(octets).getHostAddress());
                } catch (java.net.UnknownHostException e) {
                    out.add(HexFormat.of().formatHex(octets));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    private List<String> namesOfType(int tag) {
        GeneralNames names = subjectAltNames();
        if (names == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == tag) {
                out.add(name.getName().toString());
            }
        }
        return Collections.unmodifiableList(out);
    }

    public byte[] subjectKeyIdentifier() {
        try {
            ASN1Primitive value = extensionValue(Extension.subjectKeyIdentifier);
            return value == null ? null : SubjectKeyIdentifier.getInstance(value).getKeyIdentifier();
        } catch (RuntimeException e) {
            return null;
        }
    }

    public byte[] authorityKeyIdentifier() {
        try {
            ASN1Primitive value = extensionValue(Extension.authorityKeyIdentifier);
            return value == null ? null : AuthorityKeyIdentifier.getInstance(value).getKeyIdentifierOctets();
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean isPrecertificate() {
        return hasExtension(CT_POISON);
    }

    /** The SCTs embedded under RFC 6962 section 3.3, in order; those before a fault when the list is malformed. */
    public List<SignedCertificateTimestamp> embeddedScts() {
        return sctList().scts();
    }

    /** The earliest embedded SCT time: a lower bound on when the certificate was really signed. */
    public Instant earliestSctTime() {
        Instant earliest = null;
        for (SignedCertificateTimestamp sct : embeddedScts()) {
            if (earliest == null || sct.timestamp().isBefore(earliest)) {
                earliest = sct.timestamp();
            }
        }
        return earliest;
    }

    /**
     * Why the original bytes are not DER (X.690 section 10-11: the first violation, with its byte
     * offset), or null when they are. A lenient parse accepts BER; this keeps the difference visible.
     */
    public String nonDerReason() {
        return knownDer ? null : cached(NON_DER_REASON, CertificateView::findNonDerReason);
    }

    private String findNonDerReason() {
        DerScanner.Violation violation = derScanPassed ? null : DerScanner.check(der, DerScanner.Rules.DER);
        return violation != null ? violation.message() : CertificateEncoding.explicitDefault(certificate);
    }

    /** The embedded SCT list as parsed, with why parsing stopped early if it did. */
    public SignedCertificateTimestamp.SctList sctList() {
        return cached(SCT_LIST, view -> SignedCertificateTimestamp.read(view.extension(CT_SCT_LIST)));
    }

    public boolean hasEmbeddedSctList() {
        return hasExtension(CT_SCT_LIST);
    }

    /** Why the embedded SCT list is malformed, or null when it is absent or well formed. */
    public String embeddedSctProblem() {
        return sctList().problem();
    }

    /**
     * Why the precertificate poison is not as RFC 6962 section 3.1 defines it (critical, value ASN.1
     * NULL), or null when it is, or when there is none.
     */
    public String precertificatePoisonProblem() {
        Extension poison = extension(CT_POISON);
        if (poison == null) {
            return null;
        }
        if (!poison.isCritical()) {
            return "the precertificate poison extension is not marked critical";
        }
        byte[] value = poison.getExtnValue().getOctets();
        if (value.length != 2 || value[0] != 0x05 || value[1] != 0x00) {
            return "the precertificate poison extension's value is not ASN.1 NULL";
        }
        return null;
    }

    /** Self-issued and its signature verifies with its own key (zcrypto's SelfSigned). Computed once. */
    public boolean isSelfSigned() {
        return cached(SELF_SIGNED, view -> view.isSelfIssued() && view.signatureVerifiesWith(view.publicKeyInfo()));
    }

    /** The signature over the TBS bytes verifies under {@code key} with the outer signatureAlgorithm. Never throws. */
    private boolean signatureVerifiesWith(SubjectPublicKeyInfo key) {
        try {
            return signedData().verifiesWith(key);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * What the signature covers and says: the TBSCertificate as signed (its bytes within the original
     * encoding; re-encoded when an indefinite length hides where it ends), the outer algorithm and the value.
     */
    SignedData signedData() {
        byte[] tbs = CertificateEncoding.tbsSlice(der);
        if (tbs == null) {
            try {
                tbs = tbs().getEncoded(ASN1Encoding.DER);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new SignedData(tbs, signatureAlgorithm(), certificate.getSignature().getOctets());
    }

    /** zlint's IsSubscriberCert: not a CA and not self-signed. */
    public boolean isZlintSubscriber() {
        return !isCa() && !isSelfSigned();
    }

    /** RFC 5280 4.1.2.5: validity runs from notBefore through notAfter inclusive, so one second more than their difference. */
    public java.time.Duration validityPeriod() {
        return java.time.Duration.between(notBefore(), notAfter()).plusSeconds(1);
    }

    /** certificatePolicies policy identifiers in order (duplicates kept); empty when absent or unparsable. */
    public List<ASN1ObjectIdentifier> policyOids() {
        return cached(POLICY_OIDS, CertificateView::readPolicyOids);
    }

    private List<ASN1ObjectIdentifier> readPolicyOids() {
        ASN1Primitive value = extensionValue(Extension.certificatePolicies);
        if (value == null) {
            return List.of();
        }
        try {
            List<ASN1ObjectIdentifier> oids = new ArrayList<>();
            for (ASN1Encodable info : ASN1Sequence.getInstance(value)) {
                oids.add(ASN1ObjectIdentifier.getInstance(ASN1Sequence.getInstance(info).getObjectAt(0)));
            }
            return Collections.unmodifiableList(oids);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The EKU purposes zlint's certificate library recognises (others it sets aside as unknown). */
    public List<KeyPurposeId> knownExtendedKeyUsages() {
        return cached(KNOWN_EKUS, view -> view.extendedKeyUsagesKnown(true));
    }

    private List<KeyPurposeId> extendedKeyUsagesKnown(boolean wanted) {
        List<KeyPurposeId> known = new ArrayList<>();
        for (KeyPurposeId eku : extendedKeyUsages()) {
            if (KnownExtendedKeyUsages.isKnown(eku) == wanted) {
                known.add(eku);
            }
        }
        return Collections.unmodifiableList(known);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The EKU purposes zlint's certificate library does not recognise (its UnknownExtKeyUsage list), in order. */
    public List<KeyPurposeId> unknownExtendedKeyUsages() {
        return cached(UNKNOWN_EKUS, view -> view.extendedKeyUsagesKnown(false));
    }

    /** The RSA public key, decoded once; null for other key types or an unreadable key. */
    private org.bouncycastle.asn1.pkcs.RSAPublicKey rsaKey() {
        return cached(RSA_KEY, view -> PublicKeys.rsa(view.publicKeyInfo()));
    }

    /**
     * The extensions in order of appearance with their parsed values, looked up by a scan: a certificate
     * has a handful, and Bouncy Castle's OID hash (a byte XOR in its low bits) makes hashed lookups collide.
     */
    private ExtensionTable extensionTable() {
        return cached(EXTENSION_TABLE, view -> new ExtensionTable(view.extensions()));
    }

    private static final class ExtensionTable {
        final ASN1ObjectIdentifier[] oids;
        final Extension[] extensions;
        final int[] hashes;
        final java.util.concurrent.atomic.AtomicReferenceArray<Object> values;

        ExtensionTable(Extensions all) {
            oids = all == null ? new ASN1ObjectIdentifier[0] : all.getExtensionOIDs();
            extensions = new Extension[oids.length];
            hashes = new int[oids.length];
            for (int i = 0; i < oids.length; i++) {
                extensions[i] = all.getExtension(oids[i]);
                hashes[i] = oids[i].hashCode();
            }
            values = new java.util.concurrent.atomic.AtomicReferenceArray<>(oids.length);
        }

        int indexOf(ASN1ObjectIdentifier oid) {
            for (int i = 0; i < oids.length; i++) {
                if (oids[i] == oid) {
                    return i;
                }
            }
            int hash = oid.hashCode();
            for (int i = 0; i < oids.length; i++) {
                if (hashes[i] == hash && oids[i].equals(oid)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The subject's attributes in encoded order, multi-valued RDNs flattened; decoded once per view. */
    public List<org.bouncycastle.asn1.x500.AttributeTypeAndValue> subjectAttributes() {
        return cached(SUBJECT_ATTRIBUTES, view -> flatten(view.subject()));
    }

    /** The issuer's attributes in encoded order, multi-valued RDNs flattened; decoded once per view. */
    public List<org.bouncycastle.asn1.x500.AttributeTypeAndValue> issuerAttributes() {
        return cached(ISSUER_ATTRIBUTES, view -> flatten(view.issuer()));
    }

    private static List<org.bouncycastle.asn1.x500.AttributeTypeAndValue> flatten(X500Name name) {
        List<org.bouncycastle.asn1.x500.AttributeTypeAndValue> out = new ArrayList<>();
        for (org.bouncycastle.asn1.x500.RDN rdn : name.getRDNs()) {
            Collections.addAll(out, rdn.getTypesAndValues());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * A key for {@link #cached}: each one owns a fixed slot in every view, so a lookup is an array read
     * rather than a hash lookup. Create them as static finals (each costs a slot in every view).
     */
    public static final class CacheKey {
        private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();
        private final int slot = COUNT.getAndIncrement();
        private final String name;

        public CacheKey(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "CacheKey " + name + " #" + slot;
        }
    }

    private volatile java.util.concurrent.atomic.AtomicReferenceArray<Object> cacheSlots;

    /**
     * A value derived from this view (by the view itself or a lint helper), computed on first use and
     * then shared by every lint that asks with the same key, for as long as the view lives; computed at
     * most a few times under a race (the results are equal). {@code compute} may return null.
     */
    @SuppressWarnings("unchecked")
    public <T> T cached(CacheKey key, java.util.function.Function<CertificateView, T> compute) {
        java.util.concurrent.atomic.AtomicReferenceArray<Object> slots = slotsFor(key);
        Object known = slots.get(key.slot);
        if (known == null) {
            T value = compute.apply(this);
            slots.compareAndSet(key.slot, null, value == null ? UNPARSABLE : value);
            known = slots.get(key.slot);
        }
        return known == UNPARSABLE ? null : (T) known;
    }

    /** The slot array, laid out for every key made so far; grown when a helper class made its keys later. */
    private java.util.concurrent.atomic.AtomicReferenceArray<Object> slotsFor(CacheKey key) {
        java.util.concurrent.atomic.AtomicReferenceArray<Object> slots = cacheSlots;
        if (slots != null && key.slot < slots.length()) {
            return slots;
        }
        synchronized (this) {
            slots = cacheSlots;
            if (slots == null || key.slot >= slots.length()) {
                java.util.concurrent.atomic.AtomicReferenceArray<Object> grown =
                        new java.util.concurrent.atomic.AtomicReferenceArray<>(Math.max(key.slot + 1, CacheKey.COUNT.get()));
                for (int i = 0; slots != null && i < slots.length(); i++) {
                    grown.set(i, slots.get(i)); // a value set meanwhile in the old array is computed again: equal
                }
                slots = grown;
                cacheSlots = slots;
            }
            return slots;
        }
    }
}
