package org.casebook.analysis.lints.support;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERPrintableString;
import org.casebook.analysis.CertificateView;

/**
 * The CA/Browser Forum organization identifier extension (EVGs 9.8.2, OID 2.23.140.3.1): registration scheme,
 * country, optional state or province, and reference. Empty fields when absent or unreadable.
 */
public record CabfOrganizationIdentifier(String scheme, String country, String state, String reference) {

    static final ASN1ObjectIdentifier EXTENSION = new ASN1ObjectIdentifier("2.23.140.3.1");

    static final CabfOrganizationIdentifier NONE = new CabfOrganizationIdentifier("", "", "", "");

    public static boolean present(CertificateView certificate) {
        return certificate.hasExtension(EXTENSION);
    }

    public static CabfOrganizationIdentifier of(CertificateView certificate) {
        ASN1Primitive value = certificate.extensionValue(EXTENSION);
        if (!(value instanceof ASN1Sequence sequence) || sequence.size() < 3) {
            return NONE;
        }
        try {
            String scheme = text(sequence.getObjectAt(0));
            String country = text(sequence.getObjectAt(1));
            String state = "";
            int next = 2;
            if (sequence.getObjectAt(2) instanceof ASN1TaggedObject tagged && tagged.getTagNo() == 0) {
                state = DERPrintableString.getInstance(tagged, false).getString();
                next = 3;
            }
            String reference = next < sequence.size() ? text(sequence.getObjectAt(next)) : "";
            return new CabfOrganizationIdentifier(scheme, country, state, reference);
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String string ? string.getString() : "";
    }
}
