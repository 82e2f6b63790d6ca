package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;

/** The certificate's fields as encoded TLVs (RFC 5280 4.1), for lints that judge the encoding. */
public final class RawCertificate {

    private static final CertificateView.CacheKey KEY = new CertificateView.CacheKey("RawCertificate");

    /** An extension as encoded; {@code critical} is null when the field is absent (DEFAULT FALSE). */
    public record RawExtension(ASN1ObjectIdentifier oid, Der critical, Der value) {
        public boolean isCritical() {
            return critical != null && critical.content().length > 0 && critical.content()[0] != 0;
        }
    }

    final Der certificate;
    public final Der signatureAlgorithm;
    final Der version;
    final Der serialNumber;
    public final Der tbsSignature;
    public final Der issuer;
    final Der notBefore;
    final Der notAfter;
    public final Der subject;
    public final Der subjectPublicKeyInfo;
    public final Der issuerUniqueId;
    public final Der subjectUniqueId;
    public final Der extensions;

    private RawCertificate(byte[] der) {
        certificate = Der.parse(der);
        List<Der> top = certificate.children();
        signatureAlgorithm = top.get(1);
        List<Der> tbs = top.get(0).children();
        int i = 0;
        version = tbs.get(0).isContext(0) ? tbs.get(i++) : null;
        serialNumber = tbs.get(i++);
        tbsSignature = tbs.get(i++);
        issuer = tbs.get(i++);
        List<Der> validity = tbs.get(i++).children();
        notBefore = validity.get(0);
        notAfter = validity.get(1);
        subject = tbs.get(i++);
        subjectPublicKeyInfo = tbs.get(i++);
        Der issuerUid = null;
        Der subjectUid = null;
        Der exts = null;
        for (; i < tbs.size(); i++) {
            Der field = tbs.get(i);
            if (field.isContext(1)) {
                issuerUid = field;
            } else if (field.isContext(2)) {
                subjectUid = field;
            } else if (field.isContext(3)) {
                exts = field;
            }
        }
        issuerUniqueId = issuerUid;
        subjectUniqueId = subjectUid;
        extensions = exts;
    }

    /** Whether issuer equals subject and the signature verifies with the certificate's own key; computed on first use. */
    private volatile Boolean selfSigned;
    private volatile List<RawExtension> extensionList;
    private volatile List<Names.Attribute> subjectAttributes;
    private volatile List<Names.Attribute> issuerAttributes;
    private volatile Map<ASN1ObjectIdentifier, List<Names.Attribute>> subjectAttributesByType;
    private volatile Map<ASN1ObjectIdentifier, Der> extensionValues;

    /** The raw fields, or null when the bytes do not have a certificate's shape. */
    public static RawCertificate of(CertificateView certificate) {
        return certificate.cached(KEY, view -> {
            try {
                return new RawCertificate(view.der());
            } catch (RuntimeException e) {
                return null;
            }
        });
    }

    boolean isSelfSigned(CertificateView certificate) {
        Boolean known = selfSigned;
        if (known == null) {
            // same name octets imply equal names, so the view's cached answer (one verification per view) is the rest
            known = issuer.sameEncoding(subject) && certificate.isSelfSigned();
            selfSigned = known;
        }
        return known;
    }

    /** Every extension in order of appearance, duplicates kept; empty when there are none. */
    public List<RawExtension> extensionList() {
        List<RawExtension> known = extensionList;
        if (known == null) {
            List<RawExtension> out = new ArrayList<>();
            if (extensions != null) {
                for (Der extension : extensions.children().get(0).children()) {
                    List<Der> parts = extension.children();
                    Der critical = parts.size() > 2 && parts.get(1).isUniversal(Der.BOOLEAN) ? parts.get(1) : null;
                    out.add(new RawExtension(parts.get(0).oid(), critical, parts.get(parts.size() - 1)));
                }
            }
            known = List.copyOf(out);
            extensionList = known;
        }
        return known;
    }

    /** The subject's attributes in order, decoded once. */
    public List<Names.Attribute> subjectAttributes() {
        List<Names.Attribute> known = subjectAttributes;
        if (known == null) {
            known = List.copyOf(Names.attributes(subject));
            subjectAttributes = known;
        }
        return known;
    }

    /** The subject's attributes of one type in order (unmodifiable), grouped once: a dozen lints each ask for one type. */
    public List<Names.Attribute> subjectAttributes(ASN1ObjectIdentifier type) {
        Map<ASN1ObjectIdentifier, List<Names.Attribute>> known = subjectAttributesByType;
        if (known == null) {
            Map<ASN1ObjectIdentifier, List<Names.Attribute>> grouped = new HashMap<>();
            for (Names.Attribute attribute : subjectAttributes()) {
                grouped.computeIfAbsent(attribute.type(), t -> new ArrayList<>()).add(attribute);
            }
            grouped.replaceAll((t, list) -> List.copyOf(list));
            known = Collections.unmodifiableMap(grouped);
            subjectAttributesByType = known;
        }
        return known.getOrDefault(type, List.of());
    }

    /** The issuer's attributes in order, decoded once; throws when the issuer cannot be read as a name. */
    public List<Names.Attribute> issuerAttributes() {
        List<Names.Attribute> known = issuerAttributes;
        if (known == null) {
            known = List.copyOf(Names.attributes(issuer));
            issuerAttributes = known;
        }
        return known;
    }

    /** The parsed TLV inside an extension's OCTET STRING, or null when absent or unparsable. */
    public static Der extensionValue(CertificateView certificate, ASN1ObjectIdentifier oid) {
        RawCertificate raw = of(certificate);
        return raw == null ? null : raw.extensionValues().get(oid);
    }

    /**
     * The value of the first extension with each OID, all read at once: the lints ask for some twenty
     * extensions per certificate, most of them absent, and a lookup in this map answers either case.
     */
    private Map<ASN1ObjectIdentifier, Der> extensionValues() {
        Map<ASN1ObjectIdentifier, Der> known = extensionValues;
        if (known == null) {
            Map<ASN1ObjectIdentifier, Der> values = new HashMap<>();
            try {
                for (RawExtension extension : extensionList()) {
                    if (values.containsKey(extension.oid())) {
                        continue;
                    }
                    Der value;
                    try {
                        value = extension.value().parseContent();
                    } catch (RuntimeException e) {
                        value = null; // unparsable reads as absent
                    }
                    values.put(extension.oid(), value);
                }
            } catch (RuntimeException e) {
                values.clear(); // extensions that cannot be listed are none
            }
            known = Collections.unmodifiableMap(values);
            extensionValues = known;
        }
        return known;
    }
}
