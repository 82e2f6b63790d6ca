package org.casebook.analysis.lints.br;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.casebook.analysis.CertificateView;

/** The subject's attributes in encoding order, read the way the lints need them. */
public final class SubjectFields {

    public static final ASN1ObjectIdentifier COMMON_NAME = BCStyle.CN;
    public static final ASN1ObjectIdentifier SURNAME = BCStyle.SURNAME;
    public static final ASN1ObjectIdentifier SERIAL_NUMBER = BCStyle.SERIALNUMBER;
    public static final ASN1ObjectIdentifier COUNTRY = BCStyle.C;
    public static final ASN1ObjectIdentifier LOCALITY = BCStyle.L;
    public static final ASN1ObjectIdentifier STATE_OR_PROVINCE = BCStyle.ST;
    public static final ASN1ObjectIdentifier STREET = BCStyle.STREET;
    public static final ASN1ObjectIdentifier ORGANIZATION = BCStyle.O;
    public static final ASN1ObjectIdentifier ORGANIZATIONAL_UNIT = BCStyle.OU;
    public static final ASN1ObjectIdentifier POSTAL_CODE = BCStyle.POSTAL_CODE;
    public static final ASN1ObjectIdentifier GIVEN_NAME = BCStyle.GIVENNAME;
    public static final ASN1ObjectIdentifier DOMAIN_COMPONENT = BCStyle.DC;

    private final List<AttributeTypeAndValue> attributes = new ArrayList<>();

    private SubjectFields(X500Name name) {
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                attributes.add(attribute);
            }
        }
    }

    /** Read once per view; 26 BR lints ask. */
    public static SubjectFields of(CertificateView certificate) {
        return certificate.shared(SubjectFields.class, view -> new SubjectFields(view.subject()));
    }

    /** Attribute types in order of appearance, repeats kept. */
    public List<ASN1ObjectIdentifier> types() {
        return attributes.stream().map(AttributeTypeAndValue::getType).toList();
    }

    public boolean has(ASN1ObjectIdentifier type) {
        return attributes.stream().anyMatch(a -> a.getType().equals(type));
    }

    /** Text values of one attribute type, in order; values that are not strings are left out. */
    public List<String> values(ASN1ObjectIdentifier type) {
        List<String> values = new ArrayList<>();
        for (AttributeTypeAndValue attribute : attributes) {
            if (attribute.getType().equals(type)) {
                String text = text(attribute.getValue());
                if (text != null) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    /** The common name a TLS client would read: the last CN attribute, or "" when there is none. */
    public String commonName() {
        List<String> names = values(COMMON_NAME);
        return names.isEmpty() ? "" : names.get(names.size() - 1);
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String string ? string.getString() : null;
    }
}
