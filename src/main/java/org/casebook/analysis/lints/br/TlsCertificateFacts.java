package org.casebook.analysis.lints.br;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateView;

/**
 * What the TLS lints ask of a certificate, answered the way zlint's certificate library reads it:
 * names as strings, URLs from AIA and CRL distribution points, roles (subscriber, sub-CA, root).
 */
public final class TlsCertificateFacts {

    public static final ASN1ObjectIdentifier COMMON_NAME = new ASN1ObjectIdentifier("2.5.4.3");
    public static final ASN1ObjectIdentifier SURNAME = new ASN1ObjectIdentifier("2.5.4.4");
    public static final ASN1ObjectIdentifier SERIAL_NUMBER = new ASN1ObjectIdentifier("2.5.4.5");
    public static final ASN1ObjectIdentifier COUNTRY = new ASN1ObjectIdentifier("2.5.4.6");
    public static final ASN1ObjectIdentifier LOCALITY = new ASN1ObjectIdentifier("2.5.4.7");
    public static final ASN1ObjectIdentifier PROVINCE = new ASN1ObjectIdentifier("2.5.4.8");
    public static final ASN1ObjectIdentifier STREET = new ASN1ObjectIdentifier("2.5.4.9");
    public static final ASN1ObjectIdentifier ORGANIZATION = new ASN1ObjectIdentifier("2.5.4.10");
    public static final ASN1ObjectIdentifier ORGANIZATIONAL_UNIT = new ASN1ObjectIdentifier("2.5.4.11");
    public static final ASN1ObjectIdentifier BUSINESS_CATEGORY = new ASN1ObjectIdentifier("2.5.4.15");
    public static final ASN1ObjectIdentifier POSTAL_CODE = new ASN1ObjectIdentifier("2.5.4.17");
    public static final ASN1ObjectIdentifier GIVEN_NAME = new ASN1ObjectIdentifier("2.5.4.42");
    public static final ASN1ObjectIdentifier ORGANIZATION_IDENTIFIER = new ASN1ObjectIdentifier("2.5.4.97");
    public static final ASN1ObjectIdentifier JURISDICTION_LOCALITY = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.60.2.1.1");
    public static final ASN1ObjectIdentifier JURISDICTION_PROVINCE = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.60.2.1.2");
    public static final ASN1ObjectIdentifier JURISDICTION_COUNTRY = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.60.2.1.3");

    public static final ASN1ObjectIdentifier CABF_DV = new ASN1ObjectIdentifier("2.23.140.1.2.1");
    public static final ASN1ObjectIdentifier CABF_OV = new ASN1ObjectIdentifier("2.23.140.1.2.2");
    public static final ASN1ObjectIdentifier CABF_IV = new ASN1ObjectIdentifier("2.23.140.1.2.3");
    public static final ASN1ObjectIdentifier CABF_EV = new ASN1ObjectIdentifier("2.23.140.1.1");

    /** Policy OIDs that browsers and zlint take as marking an EV certificate: the CABF OID and CA-specific ones. */
    private static final Set<String> EV_POLICIES = Set.of(
            "2.23.140.1.1", "1.3.159.1.17.1", "1.3.6.1.4.1.34697.2.1", "1.3.6.1.4.1.34697.2.2",
            "1.3.6.1.4.1.34697.2.3", "1.3.6.1.4.1.34697.2.4", "1.2.40.0.17.1.22", "2.16.578.1.26.1.3.3",
            "1.3.6.1.4.1.17326.10.14.2.1.2", "1.3.6.1.4.1.17326.10.8.2.1.2", "1.3.6.1.4.1.6449.1.2.1.5.1",
            "2.16.840.1.114412.2.1", "2.16.840.1.114412.1.3.0.2", "2.16.528.1.1001.1.1.1.12.6.1.1.1",
            "2.16.792.3.0.4.1.1.4", "2.16.840.1.114028.10.1.2", "0.4.0.2042.1.4", "0.4.0.2042.1.5",
            "1.3.6.1.4.1.13177.10.1.3.10", "1.3.6.1.4.1.14370.1.6", "1.3.6.1.4.1.4146.1.1",
            "2.16.840.1.114413.1.7.23.3", "1.3.6.1.4.1.14777.6.1.1", "2.16.792.1.2.1.1.5.7.1.9",
            "1.3.6.1.4.1.782.1.2.1.8.1", "1.3.6.1.4.1.22234.2.5.2.3.1", "1.3.6.1.4.1.8024.0.2.100.1.2",
            "1.2.392.200091.100.721.1", "2.16.840.1.114414.1.7.23.3", "1.3.6.1.4.1.23223.2",
            "1.3.6.1.4.1.23223.1.1.1", "2.16.756.1.83.21.0", "2.16.756.1.89.1.2.1.1", "1.3.6.1.4.1.7879.13.24.1",
            "2.16.840.1.113733.1.7.48.1", "2.16.840.1.114404.1.1.2.4.1", "2.16.840.1.113733.1.7.23.6",
            "1.3.6.1.4.1.6334.1.100.1", "2.16.840.1.114171.500.9", "1.3.6.1.4.1.36305.2");

    private static final ASN1ObjectIdentifier AD_OCSP = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.1");
    private static final ASN1ObjectIdentifier AD_CA_ISSUERS = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.2");

    private TlsCertificateFacts() {
    }

    /** zlint's subscriber: not a CA and not self-signed. */
    public static boolean isSubscriber(CertificateView certificate) {
        return !certificate.isCa() && !certificate.isSelfSigned();
    }

    /** zlint's subordinate CA: a CA that is not self-signed. */
    public static boolean isSubCa(CertificateView certificate) {
        return certificate.isCa() && !certificate.isSelfSigned();
    }

    /** zlint's root CA: a CA whose signature verifies under its own key. */
    public static boolean isRootCa(CertificateView certificate) {
        return certificate.isCa() && certificate.isSelfSigned();
    }

    public static boolean hasPolicy(CertificateView certificate, ASN1ObjectIdentifier policy) {
        return certificate.policyOids().contains(policy);
    }

    public static boolean isEv(CertificateView certificate) {
        for (ASN1ObjectIdentifier oid : certificate.policyOids()) {
            if (EV_POLICIES.contains(oid.getId())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isCritical(CertificateView certificate, ASN1ObjectIdentifier extension) {
        Extension ext = certificate.extension(extension);
        return ext != null && ext.isCritical();
    }

    public static boolean hasEku(CertificateView certificate, KeyPurposeId purpose) {
        return certificate.extendedKeyUsages().contains(purpose);
    }

    /** String values of the attributes of one type in a name, in order; values that are not strings are skipped. */
    public static List<String> values(X500Name name, ASN1ObjectIdentifier type) {
        List<String> out = new ArrayList<>();
        for (AttributeTypeAndValue attribute : attributes(name)) {
            if (attribute.getType().equals(type) && attribute.getValue() instanceof ASN1String text) {
                out.add(text.getString());
            }
        }
        return out;
    }

    public static List<String> subjectValues(CertificateView certificate, ASN1ObjectIdentifier type) {
        return values(certificate.subject(), type);
    }

    public static boolean hasAttribute(X500Name name, ASN1ObjectIdentifier type) {
        for (AttributeTypeAndValue attribute : attributes(name)) {
            if (attribute.getType().equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** Every attribute of a name, multi-valued RDNs flattened, in encoded order. */
    public static List<AttributeTypeAndValue> attributes(X500Name name) {
        List<AttributeTypeAndValue> out = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                out.add(attribute);
            }
        }
        return out;
    }

    /** The subject commonName as zlint reads it: the last one when there are several, else empty. */
    public static String commonName(CertificateView certificate) {
        List<String> names = subjectValues(certificate, COMMON_NAME);
        return names.isEmpty() ? "" : names.get(names.size() - 1);
    }

    /** zlint's DNSNamesExist: a commonName or at least one SAN dNSName. */
    public static boolean hasDnsNames(CertificateView certificate) {
        return !commonName(certificate).isEmpty() || !certificate.dnsNames().isEmpty();
    }

    /** SAN iPAddress entries written as Go writes them, so that they compare with a commonName as zlint does. */
    public static List<String> ipAddressTexts(CertificateView certificate) {
        GeneralNames names = certificate.subjectAltNames();
        List<String> out = new ArrayList<>();
        if (names == null) {
            return out;
        }
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.iPAddress) {
                out.add(IanaReservedAddresses.format(ASN1OctetString.getInstance(name.getName()).getOctets()));
            }
        }
        return out;
    }

    public static List<String> ocspUrls(CertificateView certificate) {
        return accessLocations(certificate, AD_OCSP);
    }

    public static List<String> caIssuerUrls(CertificateView certificate) {
        return accessLocations(certificate, AD_CA_ISSUERS);
    }

    private static List<String> accessLocations(CertificateView certificate, ASN1ObjectIdentifier method) {
        List<String> out = new ArrayList<>();
        try {
            ASN1Primitive value = certificate.extensionValue(Extension.authorityInfoAccess);
            if (value == null) {
                return out;
            }
            for (AccessDescription description : AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
                GeneralName location = description.getAccessLocation();
                if (description.getAccessMethod().equals(method) && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    out.add(ASN1String.class.cast(location.getName()).getString());
                }
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** URIs in the full names of the CRL distribution points, in order. */
    public static List<String> crlUrls(CertificateView certificate) {
        List<String> out = new ArrayList<>();
        try {
            ASN1Primitive value = certificate.extensionValue(Extension.cRLDistributionPoints);
            if (value == null) {
                return out;
            }
            for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                    continue;
                }
                for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                    if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                        out.add(ASN1String.class.cast(general.getName()).getString());
                    }
                }
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    public static boolean anyStartsWith(List<String> urls, String prefix) {
        for (String url : urls) {
            if (url.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public static String describe(ASN1Encodable value) {
        return value instanceof ASN1String text ? text.getString() : String.valueOf(value);
    }

    /** dNSName entries of the issuer alternative name extension, in order. */
    public static List<String> issuerAltDnsNames(CertificateView certificate) {
        List<String> out = new ArrayList<>();
        try {
            ASN1Primitive value = certificate.extensionValue(Extension.issuerAlternativeName);
            if (value == null) {
                return out;
            }
            for (GeneralName name : GeneralNames.getInstance(value).getNames()) {
                if (name.getTagNo() == GeneralName.dNSName) {
                    out.add(ASN1String.class.cast(name.getName()).getString());
                }
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** A SAN dNSName or the subject commonName ends in ".onion" (a Tor onion service, RFC 7686). */
    public static boolean anyOnionName(CertificateView certificate) {
        if (commonName(certificate).endsWith(".onion")) {
            return true;
        }
        return certificate.dnsNames().stream().anyMatch(name -> name.endsWith(".onion"));
    }
}
