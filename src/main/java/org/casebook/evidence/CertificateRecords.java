package org.casebook.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.casebook.analysis.AlgorithmNames;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.SignedCertificateTimestamp;
import org.casebook.analysis.corpus.CorpusKeys;

/** Maps a parsed certificate onto the columns it is stored and queried by. */
public final class CertificateRecords {

    private CertificateRecords() {
    }

    /** A new, unsaved record with every parsed column filled in; findings are left to the caller. */
    public static StoredCertificate fromView(CertificateView view, String storedBy) {
        StoredCertificate record = new StoredCertificate();
        record.sha256 = view.sha256Hex();
        record.der = view.der();
        record.subject = ColumnText.fit(DistinguishedNames.format(view.subject()), StoredCertificate.NAME_LENGTH);
        record.issuer = ColumnText.fit(DistinguishedNames.format(view.issuer()), StoredCertificate.NAME_LENGTH);
        record.serialHex = view.serialHex();
        record.serialBits = view.serial().bitLength();
        record.notBefore = view.notBefore();
        record.notAfter = view.notAfter();
        record.signatureAlgorithm = ColumnText.fit(view.signatureAlgorithmName(), StoredCertificate.ALGORITHM_LENGTH);
        record.keyAlgorithm = ColumnText.fit(view.keyAlgorithmName(), StoredCertificate.ALGORITHM_LENGTH);
        record.keySize = view.keySizeBits();
        record.keyCurve = ColumnText.fit(AlgorithmNames.curve(view.ecCurve()), StoredCertificate.ALGORITHM_LENGTH);
        record.subjectAltNames = ColumnText.fit(join(subjectAltNames(view)), StoredCertificate.ALT_NAMES_LENGTH);
        record.crlUrls = ColumnText.fit(join(crlUrls(view)), StoredCertificate.URLS_LENGTH);
        record.ocspUrls = ColumnText.fit(join(accessUrls(view, AccessDescription.id_ad_ocsp)), StoredCertificate.URLS_LENGTH);
        record.caIssuersUrls = ColumnText.fit(join(accessUrls(view, AccessDescription.id_ad_caIssuers)), StoredCertificate.URLS_LENGTH);
        record.caCertificate = view.isCa();
        record.precertificate = view.isPrecertificate();
        record.issuerNameHash = CorpusKeys.issuerNameHash(view);
        record.subjectNameHash = CorpusKeys.subjectNameHash(view);
        record.authorityKeyId = CorpusKeys.authorityKeyId(view);
        record.subjectKeyId = CorpusKeys.keyIdentifier(view.subjectKeyIdentifier());
        record.spkiSha256 = CorpusKeys.spkiSha256(view);
        for (SignedCertificateTimestamp sct : view.embeddedScts()) {
            record.embeddedScts.add(new EmbeddedSct(sct.logIdBase64(), sct.timestamp()));
        }
        record.storedAt = Instant.now();
        record.storedBy = storedBy;
        return record;
    }

    public static List<String> subjectAltNames(CertificateView view) {
        List<String> out = new ArrayList<>();
        GeneralNames names = view.subjectAltNames();
        if (names == null) {
            return out;
        }
        for (GeneralName name : names.getNames()) {
            switch (name.getTagNo()) {
                case GeneralName.dNSName -> out.add("DNS:" + name.getName());
                case GeneralName.rfc822Name -> out.add("email:" + name.getName());
                case GeneralName.uniformResourceIdentifier -> out.add("URI:" + name.getName());
                case GeneralName.directoryName -> out.add("DirName:" + DistinguishedNames.format(X500Name.getInstance(name.getName())));
                case GeneralName.iPAddress -> { }
                default -> out.add("other(" + name.getTagNo() + ")");
            }
        }
        view.ipAddresses().forEach(ip -> out.add("IP:" + ip));
        return out;
    }

    public static List<String> crlUrls(CertificateView view) {
        List<String> out = new ArrayList<>();
        try {
            ASN1Primitive value = view.extensionValue(Extension.cRLDistributionPoints);
            if (value == null) {
                return out;
            }
            for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                        if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                            out.add(ASN1IA5String.getInstance(general.getName()).getString());
                        }
                    }
                }
            }
        } catch (RuntimeException malformed) {
            // Lints report malformed extensions; the record just lacks the URLs.
        }
        return out;
    }

    public static List<String> accessUrls(CertificateView view, org.bouncycastle.asn1.ASN1ObjectIdentifier method) {
        List<String> out = new ArrayList<>();
        try {
            ASN1Primitive value = view.extensionValue(Extension.authorityInfoAccess);
            if (value == null) {
                return out;
            }
            for (AccessDescription description : AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
                GeneralName location = description.getAccessLocation();
                if (description.getAccessMethod().equals(method) && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    out.add(ASN1IA5String.getInstance(location.getName()).getString());
                }
            }
        } catch (RuntimeException malformed) {
            // As above.
        }
        return out;
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }
}
