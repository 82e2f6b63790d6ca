package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
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

    private static final CertificateView.CacheKey KEY = new CertificateView.CacheKey("SubjectFields");

    private final ASN1ObjectIdentifier[] types;
    /** The types' hash codes, compared before the types themselves. */
    private final int[] hashes;
    /** The text of each attribute, or null where the value is not a string. */
    private final String[] texts;
    private final List<ASN1ObjectIdentifier> typeList;
    private final String commonName;

    private SubjectFields(List<AttributeTypeAndValue> attributes) {
        types = new ASN1ObjectIdentifier[attributes.size()];
        texts = new String[attributes.size()];
        hashes = new int[attributes.size()];
        String lastCommonName = "";
        for (int i = 0; i < types.length; i++) {
            AttributeTypeAndValue attribute = attributes.get(i);
            types[i] = attribute.getType();
            hashes[i] = types[i].hashCode();
            texts[i] = text(attribute.getValue());
            if (texts[i] != null && types[i].equals(COMMON_NAME)) {
                lastCommonName = texts[i];
            }
        }
        typeList = List.of(types);
        commonName = lastCommonName;
    }

    /** Read once per view; many BR, EV and community lints ask. */
    public static SubjectFields of(CertificateView certificate) {
        return certificate.cached(KEY, view -> new SubjectFields(view.subjectAttributes()));
    }

    /** Attribute types in order of appearance, repeats kept. */
    public List<ASN1ObjectIdentifier> types() {
        return typeList;
    }

    public boolean has(ASN1ObjectIdentifier type) {
        int hash = type.hashCode();
        for (int i = 0; i < types.length; i++) {
            if (hashes[i] == hash && types[i].equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** Text values of one attribute type, in order; values that are not strings are left out. Unmodifiable. */
    public List<String> values(ASN1ObjectIdentifier type) {
        String first = null;
        List<String> more = null;
        int hash = type.hashCode();
        for (int i = 0; i < types.length; i++) {
            if (hashes[i] == hash && texts[i] != null && types[i].equals(type)) {
                if (first == null) {
                    first = texts[i];
                } else {
                    if (more == null) {
                        more = new ArrayList<>();
                        more.add(first);
                    }
                    more.add(texts[i]);
                }
            }
        }
        if (more != null) {
            return Collections.unmodifiableList(more);
        }
        return first == null ? List.of() : List.of(first);
    }

    /** The first text value of one attribute type, or null. */
    public String firstValue(ASN1ObjectIdentifier type) {
        int hash = type.hashCode();
        for (int i = 0; i < types.length; i++) {
            if (hashes[i] == hash && texts[i] != null && types[i].equals(type)) {
                return texts[i];
            }
        }
        return null;
    }

    /** The common name a TLS client would read: the last CN attribute, or "" when there is none. */
    public String commonName() {
        return commonName;
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String string ? string.getString() : null;
    }
}
