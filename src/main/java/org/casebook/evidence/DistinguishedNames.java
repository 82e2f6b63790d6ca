package org.casebook.evidence;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Names printed the way the case pages print them: /C=CN/O=WoSign CA Limited/CN=CA 沃通根证书. */
public final class DistinguishedNames {

    private DistinguishedNames() {
    }

    public static String format(X500Name name) {
        StringBuilder out = new StringBuilder();
        for (RDN rdn : name.getRDNs()) {
            out.append('/');
            AttributeTypeAndValue[] values = rdn.getTypesAndValues();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append('+');
                }
                String type = BCStyle.INSTANCE.oidToDisplayName(values[i].getType());
                out.append(type == null ? values[i].getType().getId() : type).append('=').append(valueText(values[i].getValue()));
            }
        }
        return out.length() == 0 ? "(empty)" : out.toString();
    }

    private static String valueText(ASN1Encodable value) {
        try {
            return value instanceof ASN1String s ? s.getString() : value.toString();
        } catch (RuntimeException undecodable) {
            // e.g. a UTF8String that is not UTF-8: show the encoding as OpenSSL does (#hex), a lint reports it.
            try {
                return "#" + java.util.HexFormat.of().formatHex(value.toASN1Primitive().getEncoded());
            } catch (java.io.IOException e) {
                return "#?";
            }
        }
    }
}
