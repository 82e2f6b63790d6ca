package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
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

    public static final ASN1ObjectIdentifier CABF_DV = TlsPolicies.DOMAIN_VALIDATED;
    public static final ASN1ObjectIdentifier CABF_OV = TlsPolicies.ORGANIZATION_VALIDATED;
    public static final ASN1ObjectIdentifier CABF_IV = TlsPolicies.INDIVIDUAL_VALIDATED;
    public static final ASN1ObjectIdentifier CABF_EV = TlsPolicies.EXTENDED_VALIDATION;

    private TlsCertificateFacts() {
    }

    /** zlint's subscriber: not a CA and not self-signed. */
    public static boolean isSubscriber(CertificateView certificate) {
        return CertificateRoles.isSubscriber(certificate);
    }

    /** zlint's subordinate CA: a CA that is not self-signed. */
    public static boolean isSubCa(CertificateView certificate) {
        return CertificateRoles.isSubordinateCa(certificate);
    }

    /** zlint's root CA: a CA whose signature verifies under its own key. */
    public static boolean isRootCa(CertificateView certificate) {
        return CertificateRoles.isRootCa(certificate);
    }

    public static boolean hasPolicy(CertificateView certificate, ASN1ObjectIdentifier policy) {
        return certificate.policyOids().contains(policy);
    }

    /** Whether a policy marks the certificate as EV (decided once per view; dozens of lints ask). */
    public static boolean isEv(CertificateView certificate) {
        return certificate.cached(IS_EV, view -> TlsPolicies.isEv(view.policyOids()));
    }

    public static boolean isCritical(CertificateView certificate, ASN1ObjectIdentifier extension) {
        Extension ext = certificate.extension(extension);
        return ext != null && ext.isCritical();
    }

    /** The subject's string values of one type, in order (read once per view); unmodifiable. */
    public static List<String> subjectValues(CertificateView certificate, ASN1ObjectIdentifier type) {
        return SubjectFields.of(certificate).values(type);
    }

    /** Whether the subject holds an attribute of this type, string or not. */
    public static boolean subjectHas(CertificateView certificate, ASN1ObjectIdentifier type) {
        return SubjectFields.of(certificate).has(type);
    }

    /** The subject commonName as zlint reads it: the last one when there are several, else empty. */
    public static String commonName(CertificateView certificate) {
        return SubjectFields.of(certificate).commonName();
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
                out.add(IpAddressText.format(ASN1OctetString.getInstance(name.getName()).getOctets()));
            }
        }
        return out;
    }

    public static List<String> ocspUrls(CertificateView certificate) {
        return AccessLocations.ocspUrls(certificate);
    }

    public static List<String> caIssuerUrls(CertificateView certificate) {
        return AccessLocations.caIssuersUrls(certificate);
    }

    /** URIs in the full names of the CRL distribution points, in order. */
    public static List<String> crlUrls(CertificateView certificate) {
        return AccessLocations.crlUrls(certificate);
    }

    public static boolean anyStartsWith(List<String> urls, String prefix) {
        for (String url : urls) {
            if (url.startsWith(prefix)) {
                return true;
            }
        }
        return false;
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

    /** An EV subscriber certificate whose subject holds an organizationIdentifier (EVG 9.2.8). */
    public static boolean isEvSubscriberWithOrganizationIdentifier(CertificateView certificate) {
        return isEv(certificate) && isSubscriber(certificate) && !subjectValues(certificate, ORGANIZATION_IDENTIFIER).isEmpty();
    }

    /** The SAN dNSNames, then the subject commonName, that end in ".onion". */
    public static List<String> onionNames(CertificateView certificate) {
        List<String> names = new ArrayList<>();
        for (String name : certificate.dnsNames()) {
            if (name.endsWith(".onion")) {
                names.add(name);
            }
        }
        if (commonName(certificate).endsWith(".onion")) {
            names.add(commonName(certificate));
        }
        return names;
    }

    /** A SAN dNSName or the subject commonName ends in ".onion" (a Tor onion service, RFC 7686). */
    public static boolean anyOnionName(CertificateView certificate) {
        if (commonName(certificate).endsWith(".onion")) {
            return true;
        }
        for (String name : certificate.dnsNames()) {
            if (name.endsWith(".onion")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names zlint splits at a public suffix: the subject commonName unless it is empty or an IP
     * address, then every dNSName.
     */
    /** What this class keeps per view. */
    private static final CertificateView.CacheKey IS_EV = new CertificateView.CacheKey("TlsCertificateFacts.IS_EV");

    public static List<String> namesToSplit(CertificateView certificate) {
        String commonName = commonName(certificate);
        List<String> names = new ArrayList<>();
        if (!commonName.isEmpty() && IpAddressText.parse(commonName) == null) {
            names.add(commonName);
        }
        names.addAll(certificate.dnsNames());
        return names;
    }
}
