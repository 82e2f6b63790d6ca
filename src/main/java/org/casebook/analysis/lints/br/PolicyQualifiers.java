package org.casebook.analysis.lints.br;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/** The qualifiers attached to the certificatePolicies entries (CPS pointers, user notices, others). */
public final class PolicyQualifiers {

    /** One qualifier: its type, and its text when it is a string (a CPS URI). */
    public record Qualifier(ASN1ObjectIdentifier id, String text) {
    }

    private PolicyQualifiers() {
    }

    /** Every qualifier of every policy, in order; empty when there are none or the extension is malformed. */
    public static List<Qualifier> of(CertificateView certificate) {
        ASN1Primitive value = certificate.extensionValue(Extension.certificatePolicies);
        if (value == null) {
            return List.of();
        }
        List<Qualifier> out = new ArrayList<>();
        try {
            for (ASN1Encodable information : ASN1Sequence.getInstance(value)) {
                ASN1Sequence policy = ASN1Sequence.getInstance(information);
                if (policy.size() < 2) {
                    continue;
                }
                for (ASN1Encodable qualifierInfo : ASN1Sequence.getInstance(policy.getObjectAt(1))) {
                    ASN1Sequence qualifier = ASN1Sequence.getInstance(qualifierInfo);
                    ASN1ObjectIdentifier id = ASN1ObjectIdentifier.getInstance(qualifier.getObjectAt(0));
                    ASN1Encodable content = qualifier.size() > 1 ? qualifier.getObjectAt(1) : null;
                    out.add(new Qualifier(id, content instanceof ASN1String s ? s.getString() : null));
                }
            }
        } catch (RuntimeException e) {
            return out;
        }
        return out;
    }

    /** The CPS URIs (id-qt-cps qualifiers). */
    public static List<String> cpsUris(CertificateView certificate) {
        return of(certificate).stream().filter(q -> q.id().equals(TlsPolicies.CPS_QUALIFIER))
                .map(q -> q.text() == null ? "" : q.text()).toList();
    }
}
