package org.casebook.analysis.examples;

import static org.casebook.analysis.examples.LintExample.passes;
import static org.casebook.analysis.examples.LintExample.trips;
import static org.casebook.analysis.profiles.ProfileCertificates.ANY_POLICY;
import static org.casebook.analysis.profiles.ProfileCertificates.DV;
import static org.casebook.analysis.profiles.ProfileCertificates.OV;
import static org.casebook.analysis.profiles.ProfileCertificates.policies;

import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.profiles.ProfileCertificates;

/**
 * The BR 7.1.2 profile rules (ballot SC-62 on): each breaks one rule of a certificate that otherwise follows its
 * profile in full (ProfileCertificates), and passes on that complete certificate.
 */
final class ProfileExamples {

    private static final ASN1ObjectIdentifier CA_OWN_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");

    private ProfileExamples() {
    }

    static List<LintExample> examples() {
        return List.of(
                trips("e_sub_cert_reserved_policy_oid_missing", "DV subscriber naming only the CA's own policy",
                        () -> ProfileCertificates.dvSubscriber().replace(Extension.certificatePolicies, false, policies(CA_OWN_POLICY)).view()),
                passes("e_sub_cert_reserved_policy_oid_missing", "complete DV subscriber", () -> ProfileCertificates.dvSubscriber().view()),

                trips("e_sub_cert_multiple_reserved_policy_oids", "subscriber naming both DV and OV",
                        () -> ProfileCertificates.ovSubscriber().replace(Extension.certificatePolicies, false, policies(OV, DV)).view()),
                passes("e_sub_cert_multiple_reserved_policy_oids", "complete OV subscriber", () -> ProfileCertificates.ovSubscriber().view()),

                trips("e_sub_cert_any_policy_present", "DV subscriber that also asserts anyPolicy",
                        () -> ProfileCertificates.dvSubscriber().replace(Extension.certificatePolicies, false, policies(DV, ANY_POLICY)).view()),
                passes("e_sub_cert_any_policy_present", "complete DV subscriber", () -> ProfileCertificates.dvSubscriber().view()),

                trips("e_ca_any_policy_with_other_policies", "TLS subordinate CA with anyPolicy beside DV",
                        () -> ProfileCertificates.tlsSubordinateCa().replace(Extension.certificatePolicies, false, policies(ANY_POLICY, DV)).view()),
                passes("e_ca_any_policy_with_other_policies", "affiliated CA with anyPolicy alone",
                        () -> ProfileCertificates.tlsSubordinateCa().replace(Extension.certificatePolicies, false, policies(ANY_POLICY)).view()),

                trips("e_precert_signing_ca_eku_invalid", "precertificate signing CA that also allows serverAuth",
                        () -> ProfileCertificates.precertificateSigningCa()
                                .ekus(ProfileCertificates.PRECERTIFICATE_SIGNING, KeyPurposeId.id_kp_serverAuth).view()),
                passes("e_precert_signing_ca_eku_invalid", "complete precertificate signing CA",
                        () -> ProfileCertificates.precertificateSigningCa().view()),

                trips("e_cross_cert_any_eku_with_other_values", "cross-certificate with anyExtendedKeyUsage and serverAuth",
                        () -> ProfileCertificates.crossCertifiedCa().ekus(KeyPurposeId.anyExtendedKeyUsage, KeyPurposeId.id_kp_serverAuth).view()),
                passes("e_cross_cert_any_eku_with_other_values", "complete unrestricted cross-certificate",
                        () -> ProfileCertificates.crossCertifiedCa().view()),

                trips("e_ocsp_cert_eku_invalid", "OCSP responder that also allows clientAuth",
                        () -> ProfileCertificates.ocspResponder().ekus(KeyPurposeId.id_kp_OCSPSigning, KeyPurposeId.id_kp_clientAuth).view()),
                passes("e_ocsp_cert_eku_invalid", "complete OCSP responder", () -> ProfileCertificates.ocspResponder().view()),

                trips("e_ocsp_cert_san_present", "OCSP responder with a dNSName",
                        () -> ProfileCertificates.ocspResponder().extension(Extension.subjectAlternativeName, false,
                                new GeneralNames(new GeneralName(GeneralName.dNSName, "ocsp.example.com"))).view()),
                passes("e_ocsp_cert_san_present", "complete OCSP responder", () -> ProfileCertificates.ocspResponder().view()),

                trips("w_ca_organizational_unit_name_present", "S/MIME issuing CA with an organizationalUnitName",
                        () -> ProfileCertificates.nonTlsSubordinateCa().subject("C=US,O=Example Trust,OU=PKI,CN=Example S/MIME CA R1").view()),
                passes("w_ca_organizational_unit_name_present", "complete S/MIME issuing CA", () -> ProfileCertificates.nonTlsSubordinateCa().view()),

                trips("e_root_ca_validity_too_short", "root valid for five years",
                        () -> ProfileCertificates.rootCa().notAfter("2030-06-01T00:00:00Z").view()),
                passes("e_root_ca_validity_too_short", "complete root (15 years)", () -> ProfileCertificates.rootCa().view()),

                trips("e_root_ca_validity_too_long", "root valid for thirty years",
                        () -> ProfileCertificates.rootCa().notAfter("2055-06-01T00:00:00Z").view()),
                passes("e_root_ca_validity_too_long", "complete root (15 years)", () -> ProfileCertificates.rootCa().view()),

                trips("e_subject_rdn_multiple_attributes", "DV subscriber whose one RDN holds the commonName and the country",
                        () -> ProfileCertificates.dvSubscriber().subject(multiValued()).view()),
                passes("e_subject_rdn_multiple_attributes", "complete OV subscriber", () -> ProfileCertificates.ovSubscriber().view()),

                trips("e_ca_aia_access_method_not_permitted", "TLS subordinate CA whose caIssuers is a DNS name",
                        () -> ProfileCertificates.tlsSubordinateCa().replace(Extension.authorityInfoAccess, false, ProfileCertificates.aia(
                                new AccessDescription(AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.dNSName, "pki.example.com")))).view()),
                passes("e_ca_aia_access_method_not_permitted", "complete TLS subordinate CA", () -> ProfileCertificates.tlsSubordinateCa().view()),

                trips("e_ca_aia_duplicate_access_location", "TLS subordinate CA listing one OCSP URL twice",
                        () -> ProfileCertificates.tlsSubordinateCa().replace(Extension.authorityInfoAccess, false, ProfileCertificates.aia(
                                new AccessDescription(AccessDescription.id_ad_ocsp, uri(ProfileCertificates.OCSP_URL)),
                                new AccessDescription(AccessDescription.id_ad_ocsp, uri(ProfileCertificates.OCSP_URL)))).view()),
                passes("e_ca_aia_duplicate_access_location", "complete TLS subordinate CA", () -> ProfileCertificates.tlsSubordinateCa().view()),

                trips("e_ev_jurisdiction_locality_without_state_or_province", "EV subscriber incorporated in a city, no state named",
                        () -> ProfileCertificates.evSubscriber().subject(new X500Name("1.3.6.1.4.1.311.60.2.1.3=US,"
                                + "1.3.6.1.4.1.311.60.2.1.1=San Francisco,BusinessCategory=Private Organization,SERIALNUMBER=1234567,"
                                + "C=US,ST=California,L=San Francisco,O=Example Inc.,CN=www.example.com")).view()),
                passes("e_ev_jurisdiction_locality_without_state_or_province", "EV subscriber incorporated in a city of a state",
                        () -> ProfileCertificates.evSubscriber().subject(new X500Name("1.3.6.1.4.1.311.60.2.1.3=US,"
                                + "1.3.6.1.4.1.311.60.2.1.2=California,1.3.6.1.4.1.311.60.2.1.1=San Francisco,BusinessCategory=Private Organization,"
                                + "SERIALNUMBER=1234567,C=US,ST=California,L=San Francisco,O=Example Inc.,CN=www.example.com")).view()),

                trips("e_san_dns_name_onion_v3_address_invalid", "subscriber naming a v3 onion address with one character changed",
                        () -> ProfileCertificates.evSubscriber().dnsNames(ONION_V3.replace("czad.onion", "czyd.onion")).view()),
                passes("e_san_dns_name_onion_v3_address_invalid", "subscriber naming a real v3 onion address",
                        () -> ProfileCertificates.evSubscriber().dnsNames(ONION_V3, "*." + ONION_V3).view()),
                passes("e_san_dns_name_onion_v3_address_invalid", "subscriber naming a real v3 onion address whose label is in capitals",
                        () -> ProfileCertificates.evSubscriber().dnsNames(ONION_V3.replace(".onion", "").toUpperCase(java.util.Locale.ROOT) + ".onion").view()),

                trips("e_ocsp_cert_nocheck_critical", "OCSP responder whose id-pkix-ocsp-nocheck is critical",
                        () -> ProfileCertificates.ocspResponder().replace(ProfileCertificates.OCSP_NOCHECK, true, DERNull.INSTANCE).view()),
                passes("e_ocsp_cert_nocheck_critical", "complete OCSP responder", () -> ProfileCertificates.ocspResponder().view()),

                trips("e_ocsp_cert_nocheck_value_not_null", "OCSP responder whose id-pkix-ocsp-nocheck holds a string",
                        () -> ProfileCertificates.ocspResponder().replace(ProfileCertificates.OCSP_NOCHECK, false, new DERUTF8String("no check")).view()),
                passes("e_ocsp_cert_nocheck_value_not_null", "complete OCSP responder", () -> ProfileCertificates.ocspResponder().view()),

                trips("w_ocsp_cert_aia_present", "OCSP responder pointing to its issuer's certificate",
                        () -> ProfileCertificates.ocspResponder().extension(Extension.authorityInfoAccess, false,
                                ProfileCertificates.aia(ProfileCertificates.CA_ISSUERS_URL, null)).view()),
                passes("w_ocsp_cert_aia_present", "complete OCSP responder", () -> ProfileCertificates.ocspResponder().view()),

                trips("e_ev_orgid_syntax_invalid", "EV subscriber whose organizationIdentifier omits the country",
                        () -> ProfileCertificates.evSubscriber().subject(evWithOrganizationIdentifier("NTR-1234567")).view()),
                passes("e_ev_orgid_syntax_invalid", "EV subscriber registered in a Delaware register",
                        () -> ProfileCertificates.evSubscriber().subject(evWithOrganizationIdentifier("NTRUS+DE-1234567")).view()),

                trips("w_tc_tls_sub_ca_dns_name_unconstrained", "name-constrained TLS CA that only excludes IP addresses",
                        () -> ProfileCertificates.constrainedTlsSubordinateCa().replace(Extension.nameConstraints, true,
                                new NameConstraints(null, WHOLE_IP_RANGES)).view()),
                passes("w_tc_tls_sub_ca_dns_name_unconstrained", "complete technically constrained TLS CA",
                        () -> ProfileCertificates.constrainedTlsSubordinateCa().view()),

                trips("w_tc_tls_sub_ca_ip_address_unconstrained", "name-constrained TLS CA that only permits a domain",
                        () -> ProfileCertificates.constrainedTlsSubordinateCa().replace(Extension.nameConstraints, true, new NameConstraints(
                                new GeneralSubtree[] {new GeneralSubtree(new GeneralName(GeneralName.dNSName, "example.com"))}, null)).view()),
                passes("w_tc_tls_sub_ca_ip_address_unconstrained", "complete technically constrained TLS CA",
                        () -> ProfileCertificates.constrainedTlsSubordinateCa().view()),

                trips("e_ev_jurisdiction_country_not_iso", "EV subscriber incorporated in 'UK' (the ISO code is GB)",
                        () -> ProfileCertificates.evSubscriber().subject(new X500Name("1.3.6.1.4.1.311.60.2.1.3=UK,"
                                + "BusinessCategory=Private Organization,SERIALNUMBER=1234567,C=GB,L=London,O=Example Ltd,CN=www.example.com")).view()),
                passes("e_ev_jurisdiction_country_not_iso", "complete EV subscriber", () -> ProfileCertificates.evSubscriber().view()));
    }

    /** 0.0.0.0/0 and ::/0 (address and mask all zero). */
    private static final GeneralSubtree[] WHOLE_IP_RANGES = {
        new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new DEROctetString(new byte[8]))),
        new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new DEROctetString(new byte[32])))};

    /** DuckDuckGo's published onion service: a real version 3 address with its checksum. */
    private static final String ONION_V3 = "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion";

    private static X500Name evWithOrganizationIdentifier(String organizationIdentifier) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.JURISDICTION_C, "US").addRDN(BCStyle.JURISDICTION_ST, "Delaware")
                .addRDN(BCStyle.BUSINESS_CATEGORY, "Private Organization").addRDN(BCStyle.SERIALNUMBER, "1234567")
                .addRDN(BCStyle.C, "US").addRDN(BCStyle.ST, "California").addRDN(BCStyle.L, "San Francisco")
                .addRDN(BCStyle.O, "Example Inc.").addRDN(BCStyle.ORGANIZATION_IDENTIFIER, organizationIdentifier)
                .addRDN(BCStyle.CN, "www.example.com").build();
    }

    private static GeneralName uri(String url) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, url);
    }

    private static X500Name multiValued() {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addMultiValuedRDN(new ASN1ObjectIdentifier[] {BCStyle.C, BCStyle.CN}, new String[] {"US", "www.example.com"}).build();
    }
}
