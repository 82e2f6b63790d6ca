package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.casebook.analysis.CertificateView;

/** Where a certificate points relying parties: AIA (OCSP, CA issuers) and CRL distribution points. */
public final class AccessLocations {

    private AccessLocations() {
    }

    /** The AIA entries, or an empty list when the extension is absent or malformed. */
    public static List<AccessDescription> authorityInfoAccess(CertificateView certificate) {
        return certificate.cached(AIA, AccessLocations::readAuthorityInfoAccess);
    }

    private static List<AccessDescription> readAuthorityInfoAccess(CertificateView certificate) {
        ASN1Primitive value = certificate.extensionValue(Extension.authorityInfoAccess);
        if (value == null) {
            return List.of();
        }
        try {
            return List.of(AuthorityInformationAccess.getInstance(value).getAccessDescriptions());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** URIs of the id-ad-ocsp entries (entries of other name types are not URLs and are skipped). */
    public static List<String> ocspUrls(CertificateView certificate) {
        return certificate.cached(OCSP_URLS, view -> uris(view, AccessDescription.id_ad_ocsp));
    }

    /** URIs of the id-ad-caIssuers entries. */
    public static List<String> caIssuersUrls(CertificateView certificate) {
        return certificate.cached(CA_ISSUERS_URLS, view -> uris(view, AccessDescription.id_ad_caIssuers));
    }

    private static List<String> uris(CertificateView certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier method) {
        List<String> out = new ArrayList<>();
        for (AccessDescription description : authorityInfoAccess(certificate)) {
            GeneralName location = description.getAccessLocation();
            if (description.getAccessMethod().equals(method) && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                out.add(ASN1IA5String.getInstance(location.getName()).getString());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The distribution points, or an empty list when the extension is absent or malformed. */
    public static List<DistributionPoint> distributionPoints(CertificateView certificate) {
        return certificate.cached(DISTRIBUTION_POINTS, AccessLocations::readDistributionPoints);
    }

    private static List<DistributionPoint> readDistributionPoints(CertificateView certificate) {
        ASN1Primitive value = certificate.extensionValue(Extension.cRLDistributionPoints);
        if (value == null) {
            return List.of();
        }
        try {
            return List.of(CRLDistPoint.getInstance(value).getDistributionPoints());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The URIs in the distribution points' full names: where the CRLs can be fetched. */
    public static List<String> crlUrls(CertificateView certificate) {
        return certificate.cached(CRL_URLS, AccessLocations::readCrlUrls);
    }

    private static List<String> readCrlUrls(CertificateView certificate) {
        List<String> out = new ArrayList<>();
        for (DistributionPoint point : distributionPoints(certificate)) {
            DistributionPointName name = point.getDistributionPoint();
            if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                continue;
            }
            for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    out.add(ASN1IA5String.getInstance(general.getName()).getString());
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** What this class keeps per view. */
    private static final CertificateView.CacheKey AIA = new CertificateView.CacheKey("AccessLocations.AIA");
    private static final CertificateView.CacheKey OCSP_URLS = new CertificateView.CacheKey("AccessLocations.OCSP_URLS");
    private static final CertificateView.CacheKey CA_ISSUERS_URLS = new CertificateView.CacheKey("AccessLocations.CA_ISSUERS_URLS");
    private static final CertificateView.CacheKey DISTRIBUTION_POINTS = new CertificateView.CacheKey("AccessLocations.DISTRIBUTION_POINTS");
    private static final CertificateView.CacheKey CRL_URLS = new CertificateView.CacheKey("AccessLocations.CRL_URLS");
}
