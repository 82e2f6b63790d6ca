package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/** The GeneralNames of an alternative-name extension as encoded (RFC 5280 4.2.1.6, 4.2.1.7). */
public final class GeneralNameList {

    static final int OTHER_NAME = 0;
    public static final int RFC822_NAME = 1;
    public static final int DNS_NAME = 2;
    public static final int X400_ADDRESS = 3;
    static final int DIRECTORY_NAME = 4;
    public static final int EDI_PARTY_NAME = 5;
    public static final int URI = 6;
    static final int IP_ADDRESS = 7;
    public static final int REGISTERED_ID = 8;

    private GeneralNameList() {
    }

    /** The entries of a GeneralNames SEQUENCE. */
    static List<Der> entries(Der generalNames) {
        return generalNames.children();
    }

    /** SAN entries; null when the extension is absent or cannot be read. */
    public static List<Der> subjectAltNames(CertificateView certificate) {
        return of(certificate, Extension.subjectAlternativeName);
    }

    static List<Der> issuerAltNames(CertificateView certificate) {
        return of(certificate, Extension.issuerAlternativeName);
    }

    public static List<Der> of(CertificateView certificate, ASN1ObjectIdentifier extension) {
        Der value = RawCertificate.extensionValue(certificate, extension);
        if (value == null) {
            return null;
        }
        try {
            return entries(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The text of the entries with this tag (IA5String content as Latin-1). */
    public static List<String> texts(List<Der> entries, int tag) {
        List<String> out = new ArrayList<>();
        if (entries != null) {
            for (Der entry : entries) {
                if (entry.isContext(tag)) {
                    out.add(new String(entry.content(), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    private static final CertificateView.CacheKey SAN_DNS_NAMES = new CertificateView.CacheKey("SAN_DNS_NAMES");

    /** The SAN dNSNames, read once per view (unmodifiable). */
    public static List<String> sanDnsNames(CertificateView certificate) {
        return certificate.cached(SAN_DNS_NAMES, view -> List.copyOf(texts(subjectAltNames(view), DNS_NAME)));
    }
}
