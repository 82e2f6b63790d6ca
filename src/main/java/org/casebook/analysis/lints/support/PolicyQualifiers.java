package org.casebook.analysis.lints.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/** The qualifiers attached to the certificatePolicies entries (CPS pointers, user notices, others). */
public final class PolicyQualifiers {

    /** One qualifier: its type, and its text when it is a string (a CPS URI). */
    public record Qualifier(ASN1ObjectIdentifier id, String text) {
    }

    private PolicyQualifiers() {
    }

    /**
     * Every qualifier of every policy, in order. Read from the raw DER so that a qualifier whose content is
     * malformed (some are) does not hide the qualifiers around it.
     */
    public static List<Qualifier> of(CertificateView certificate) {
        Extension extension = certificate.extension(Extension.certificatePolicies);
        if (extension == null) {
            return List.of();
        }
        byte[] der = extension.getExtnValue().getOctets();
        DerElements.Element policies = DerElements.whole(der);
        List<DerElements.Element> infos = policies == null ? null : DerElements.children(der, policies);
        if (infos == null) {
            return List.of();
        }
        List<Qualifier> out = new ArrayList<>();
        for (DerElements.Element info : infos) {
            List<DerElements.Element> fields = DerElements.children(der, info);
            if (fields == null || fields.size() < 2 || fields.get(1).tag() != 0x30) {
                continue;
            }
            List<DerElements.Element> qualifiers = DerElements.children(der, fields.get(1));
            for (DerElements.Element qualifier : qualifiers == null ? List.<DerElements.Element>of() : qualifiers) {
                List<DerElements.Element> parts = DerElements.children(der, qualifier);
                if (parts == null || parts.isEmpty() || parts.get(0).tag() != 0x06) {
                    continue;
                }
                ASN1ObjectIdentifier id = ASN1ObjectIdentifier.fromContents(parts.get(0).content(der));
                String text = parts.size() > 1 && parts.get(1).tag() == 0x16
                        ? new String(parts.get(1).content(der), StandardCharsets.ISO_8859_1) : null;
                out.add(new Qualifier(id, text));
            }
        }
        return out;
    }

    /** The CPS URIs (id-qt-cps qualifiers). */
    public static List<String> cpsUris(CertificateView certificate) {
        return of(certificate).stream().filter(q -> q.id().equals(TlsPolicies.CPS_QUALIFIER))
                .map(q -> q.text() == null ? "" : q.text()).toList();
    }
}
