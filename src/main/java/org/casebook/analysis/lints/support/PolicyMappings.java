package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/** The policy mappings extension as encoded (RFC 5280 4.2.1.5). */
public final class PolicyMappings {

    public record Mapping(ASN1ObjectIdentifier issuerDomainPolicy, ASN1ObjectIdentifier subjectDomainPolicy) {
    }

    private PolicyMappings() {
    }

    /** Null when the extension is absent or unreadable. */
    public static List<Mapping> of(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.policyMappings);
        if (value == null) {
            return null;
        }
        try {
            List<Mapping> out = new ArrayList<>();
            for (Der pair : value.children()) {
                List<Der> parts = pair.children();
                out.add(new Mapping(parts.get(0).oid(), parts.get(1).oid()));
            }
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
