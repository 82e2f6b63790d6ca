package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;

/** Subject and issuer distinguished names as encoded, attribute by attribute (RFC 5280 4.1.2.4, 4.1.2.6). */
public final class Names {

    public static final ASN1ObjectIdentifier COMMON_NAME = new ASN1ObjectIdentifier("2.5.4.3");
    public static final ASN1ObjectIdentifier SURNAME = new ASN1ObjectIdentifier("2.5.4.4");
    public static final ASN1ObjectIdentifier SERIAL_NUMBER = new ASN1ObjectIdentifier("2.5.4.5");
    public static final ASN1ObjectIdentifier COUNTRY = new ASN1ObjectIdentifier("2.5.4.6");
    public static final ASN1ObjectIdentifier LOCALITY = new ASN1ObjectIdentifier("2.5.4.7");
    public static final ASN1ObjectIdentifier STATE = new ASN1ObjectIdentifier("2.5.4.8");
    public static final ASN1ObjectIdentifier STREET = new ASN1ObjectIdentifier("2.5.4.9");
    public static final ASN1ObjectIdentifier ORGANIZATION = new ASN1ObjectIdentifier("2.5.4.10");
    public static final ASN1ObjectIdentifier ORGANIZATIONAL_UNIT = new ASN1ObjectIdentifier("2.5.4.11");
    public static final ASN1ObjectIdentifier POSTAL_CODE = new ASN1ObjectIdentifier("2.5.4.17");
    public static final ASN1ObjectIdentifier GIVEN_NAME = new ASN1ObjectIdentifier("2.5.4.42");
    public static final ASN1ObjectIdentifier EMAIL_ADDRESS = new ASN1ObjectIdentifier("1.2.840.113549.1.9.1");

    /** One AttributeTypeAndValue; the value keeps its string type and octets. */
    public record Attribute(ASN1ObjectIdentifier type, Der value) {
        /** Characters (Unicode code points) of the decoded value. */
        public int length() {
            String text = value.text();
            return text.codePointCount(0, text.length());
        }
    }

    private Names() {
    }

    static List<Attribute> attributes(Der name) {
        List<Attribute> out = new ArrayList<>();
        for (Der rdn : name.children()) {
            for (Der typeAndValue : rdn.children()) {
                List<Der> parts = typeAndValue.children();
                out.add(new Attribute(parts.get(0).oid(), parts.get(1)));
            }
        }
        return out;
    }

    /** The subject's attributes, or null when the certificate cannot be read at this level. */
    public static List<Attribute> subject(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return null;
        }
        try {
            return raw.subjectAttributes();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The subject's attributes of this type in order (unmodifiable); empty when there are none or the subject is unreadable. */
    public static List<Attribute> subject(CertificateView certificate, ASN1ObjectIdentifier type) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return List.of();
        }
        try {
            return raw.subjectAttributes(type);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** An empty RDNSequence. */
    public static boolean isEmpty(Der name) {
        return name.content().length == 0;
    }

    public static boolean subjectIsEmpty(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        return raw != null && isEmpty(raw.subject);
    }

    /** The last common name, as most software reads it; null when there is none. */
    public static String commonName(CertificateView certificate) {
        List<Attribute> names = subject(certificate, COMMON_NAME);
        return names.isEmpty() ? null : names.get(names.size() - 1).value().text();
    }

    /** Issuer and subject are the same octets and the certificate's signature verifies with its own key. */
    public static boolean isSelfSigned(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        return raw != null && raw.isSelfSigned(certificate);
    }

    /** zlint's subscriber certificate: neither a CA nor self-signed. */
    public static boolean isSubscriber(CertificateView certificate) {
        return !certificate.isCa() && !isSelfSigned(certificate);
    }
}
