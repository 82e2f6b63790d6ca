package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.casebook.analysis.CertificateView;

/** Subject and issuer text as the community lints read it. */
public final class SubjectTextFields {

    /** The free-text subject fields the content checks look at, each by its first value. */
    private static final Map<String, ASN1ObjectIdentifier> TEXT_FIELDS = textFields();

    /** X.520 name attributes (RFC 5280 appendix A, plus street and postal code) whose values are names. */
    private static final Set<String> NAME_ATTRIBUTES = Set.of("2.5.4.3", "2.5.4.4", "2.5.4.5", "2.5.4.6", "2.5.4.7",
            "2.5.4.8", "2.5.4.9", "2.5.4.10", "2.5.4.11", "2.5.4.12", "2.5.4.17", "2.5.4.41", "2.5.4.42", "2.5.4.43",
            "2.5.4.44", "2.5.4.46");

    private SubjectTextFields() {
    }

    private static Map<String, ASN1ObjectIdentifier> textFields() {
        Map<String, ASN1ObjectIdentifier> fields = new LinkedHashMap<>();
        fields.put("givenName", TlsCertificateFacts.GIVEN_NAME);
        fields.put("surname", TlsCertificateFacts.SURNAME);
        fields.put("commonName", TlsCertificateFacts.COMMON_NAME);
        fields.put("organizationalUnitName", TlsCertificateFacts.ORGANIZATIONAL_UNIT);
        fields.put("organizationName", TlsCertificateFacts.ORGANIZATION);
        fields.put("localityName", TlsCertificateFacts.LOCALITY);
        fields.put("stateOrProvinceName", TlsCertificateFacts.PROVINCE);
        fields.put("streetAddress", TlsCertificateFacts.STREET);
        fields.put("postalCode", TlsCertificateFacts.POSTAL_CODE);
        fields.put("organizationIdentifier", TlsCertificateFacts.ORGANIZATION_IDENTIFIER);
        fields.put("jurisdictionLocalityName", TlsCertificateFacts.JURISDICTION_LOCALITY);
        fields.put("jurisdictionStateOrProvinceName", TlsCertificateFacts.JURISDICTION_PROVINCE);
        return fields;
    }

    /** (field name, first value) for each free-text subject field that is present. */
    public static List<Map.Entry<String, String>> firstValues(CertificateView certificate) {
        return certificate.cached(FIRST_VALUES, SubjectTextFields::readFirstValues);
    }

    private static List<Map.Entry<String, String>> readFirstValues(CertificateView certificate) {
        SubjectFields subject = SubjectFields.of(certificate);
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Map.Entry<String, ASN1ObjectIdentifier> field : TEXT_FIELDS.entrySet()) {
            String first = subject.firstValue(field.getValue());
            if (first != null) {
                out.add(Map.entry(field.getKey(), first));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The string values of the subject's X.520 name attributes, in order (read once per view). */
    public static List<String> subjectNameAttributeValues(CertificateView certificate) {
        return certificate.cached(SUBJECT_NAME_VALUES, view -> nameAttributeValues(view.subjectAttributes()));
    }

    /** The string values of the issuer's X.520 name attributes, in order (read once per view). */
    public static List<String> issuerNameAttributeValues(CertificateView certificate) {
        return certificate.cached(ISSUER_NAME_VALUES, view -> nameAttributeValues(view.issuerAttributes()));
    }

    private static List<String> nameAttributeValues(List<AttributeTypeAndValue> attributes) {
        List<String> out = new ArrayList<>();
        for (AttributeTypeAndValue attribute : attributes) {
            if (NAME_ATTRIBUTES.contains(attribute.getType().getId()) && attribute.getValue() instanceof ASN1String text) {
                out.add(text.getString());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** What this class keeps per view. */
    private static final CertificateView.CacheKey FIRST_VALUES = new CertificateView.CacheKey("SubjectTextFields.FIRST_VALUES");
    private static final CertificateView.CacheKey SUBJECT_NAME_VALUES = new CertificateView.CacheKey("SubjectTextFields.SUBJECT_NAME_VALUES");
    private static final CertificateView.CacheKey ISSUER_NAME_VALUES = new CertificateView.CacheKey("SubjectTextFields.ISSUER_NAME_VALUES");

    /** Whitespace as Go's unicode.IsSpace sees it (which, unlike Java's, includes no-break spaces). */
    static boolean isSpace(int codePoint) {
        return switch (codePoint) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> codePoint > 0xFF && Character.isSpaceChar(codePoint);
        };
    }

    public static boolean startsWithSpace(String value) {
        return !value.isEmpty() && isSpace(value.codePointAt(0));
    }

    public static boolean endsWithSpace(String value) {
        return !value.isEmpty() && isSpace(value.codePointBefore(value.length()));
    }

    /** True when any relative distinguished name of the name holds more than one attribute. */
    public static boolean hasMultiValuedRdn(X500Name name) {
        for (RDN rdn : name.getRDNs()) {
            if (rdn.size() > 1) {
                return true;
            }
        }
        return false;
    }
}
