package org.casebook.analysis.examples;

import static org.casebook.analysis.examples.LintExample.passes;
import static org.casebook.analysis.examples.LintExample.trips;
import static org.casebook.analysis.profiles.ProfileCertificates.ANY_POLICY;
import static org.casebook.analysis.profiles.ProfileCertificates.policies;

import java.util.List;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.ReasonFlags;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.casebook.analysis.profiles.ProfileCertificates;
import org.casebook.testpki.TestPki;

/**
 * BR subject names by profile (7.1.2.7.x, 7.1.2.10.2, 7.1.4), anyPolicy beyond affiliates, the SC-62 to SC-63 OCSP
 * window, the precertificate signing CA sunset (SC-092) and the OCSP responder's AIA: each breaks one rule of a
 * certificate that otherwise follows its profile (ProfileCertificates) and passes on a complete one.
 */
final class SubjectAndSunsetExamples {

    /** Issued while BR 2.0.0 was in force and SC-63 not yet (2023-09-15 to 2024-03-14). */
    private static final String BR_2_0_0_ISSUED = "2023-12-01T00:00:00Z";
    private static final String AFTER_PRECERT_SUNSET = "2026-04-01T00:00:00Z";

    private SubjectAndSunsetExamples() {
    }

    static List<LintExample> examples() {
        return List.of(
                trips("e_root_ca_invalid_subject_rdn_order", "root whose subject puts the common name first",
                        () -> root("CN=Example Root R1,O=Example Trust,C=US").view()),
                passes("e_root_ca_invalid_subject_rdn_order", "complete root (C, O, CN)", () -> ProfileCertificates.rootCa().view()),

                trips("w_sub_ca_invalid_subject_rdn_order", "TLS subordinate CA whose subject runs CN, O, C",
                        () -> ProfileCertificates.tlsSubordinateCa().subject("CN=Example TLS Issuing CA R1,O=Example Trust,C=US").view()),
                passes("w_sub_ca_invalid_subject_rdn_order", "complete TLS subordinate CA", () -> ProfileCertificates.tlsSubordinateCa().view()),

                trips("w_sub_cert_subject_attribute_not_recommended", "OV subscriber with a serialNumber in its subject",
                        () -> ProfileCertificates.ovSubscriber().subject(
                                "C=US,ST=California,L=San Francisco,O=Example Inc.,SERIALNUMBER=1234567,CN=www.example.com").view()),
                passes("w_sub_cert_subject_attribute_not_recommended", "complete OV subscriber", () -> ProfileCertificates.ovSubscriber().view()),
                passes("w_sub_cert_subject_attribute_not_recommended", "complete IV subscriber (givenName and surname belong there)",
                        () -> ProfileCertificates.ivSubscriber().view()),

                trips("w_ca_subject_attribute_not_recommended", "TLS subordinate CA with an organizationIdentifier",
                        () -> ProfileCertificates.tlsSubordinateCa().subject(new X500NameBuilder(BCStyle.INSTANCE)
                                .addRDN(BCStyle.C, "US").addRDN(BCStyle.O, "Example Trust")
                                .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, "NTRUS+DE-1234567")
                                .addRDN(BCStyle.CN, "Example TLS Issuing CA R1").build()).view()),
                passes("w_ca_subject_attribute_not_recommended", "complete TLS subordinate CA", () -> ProfileCertificates.tlsSubordinateCa().view()),

                trips("n_sub_ca_any_policy_organization_differs_from_issuer", "cross-certificate for another company asserting anyPolicy",
                        () -> ProfileCertificates.crossCertifiedCa().replace(Extension.certificatePolicies, false, policies(ANY_POLICY)).view()),
                passes("n_sub_ca_any_policy_organization_differs_from_issuer", "the issuer's own TLS CA asserting anyPolicy",
                        () -> ProfileCertificates.tlsSubordinateCa().replace(Extension.certificatePolicies, false, policies(ANY_POLICY)).view()),

                trips("e_sub_cert_aia_ocsp_url_missing_br_2_0_0", "DV subscriber of December 2023 with a CRL but no OCSP URL",
                        () -> ProfileCertificates.dvSubscriber().validity(BR_2_0_0_ISSUED, "2024-02-28T23:59:59Z")
                                .replace(Extension.authorityInfoAccess, false, ProfileCertificates.aia(ProfileCertificates.CA_ISSUERS_URL, null)).view()),
                passes("e_sub_cert_aia_ocsp_url_missing_br_2_0_0", "DV subscriber of December 2023 with an OCSP URL",
                        () -> ProfileCertificates.dvSubscriber().validity(BR_2_0_0_ISSUED, "2024-02-28T23:59:59Z").view()),

                trips("e_precert_signing_ca_after_sunset", "precertificate signing CA issued in April 2026",
                        () -> ProfileCertificates.precertificateSigningCa().validity(AFTER_PRECERT_SUNSET, "2031-04-01T00:00:00Z").view()),
                passes("e_precert_signing_ca_after_sunset", "TLS subordinate CA issued in April 2026",
                        () -> ProfileCertificates.tlsSubordinateCa().validity(AFTER_PRECERT_SUNSET, "2031-04-01T00:00:00Z").view()),

                trips("e_ocsp_cert_aia_access_method_not_permitted", "OCSP responder pointing to its issuer's certificate",
                        () -> ProfileCertificates.ocspResponder().extension(Extension.authorityInfoAccess, false,
                                ProfileCertificates.aia(ProfileCertificates.CA_ISSUERS_URL, null)).view()),
                passes("e_ocsp_cert_aia_access_method_not_permitted", "OCSP responder giving only an OCSP URL",
                        () -> ProfileCertificates.ocspResponder().extension(Extension.authorityInfoAccess, false,
                                ProfileCertificates.aia(null, ProfileCertificates.OCSP_URL)).view()),

                trips("w_root_ca_crl_distribution_points_present", "root pointing to a CRL",
                        () -> ProfileCertificates.rootCa().extension(Extension.cRLDistributionPoints, false,
                                ProfileCertificates.crlDistributionPoints("http://pki.example.com/root.crl")).view()),
                passes("w_root_ca_crl_distribution_points_present", "complete root", () -> ProfileCertificates.rootCa().view()),

                trips("e_cdp_reasons_present", "DV subscriber whose distribution point serves key compromise only",
                        () -> ProfileCertificates.dvSubscriber().replace(Extension.cRLDistributionPoints, false, new CRLDistPoint(
                                new DistributionPoint[] {new DistributionPoint(fullName(ProfileCertificates.CRL_URL),
                                        new ReasonFlags(ReasonFlags.keyCompromise), null)})).view()),
                passes("e_cdp_reasons_present", "complete DV subscriber", () -> ProfileCertificates.dvSubscriber().view()),

                trips("e_cdp_distribution_point_not_full_name", "TLS subordinate CA whose distribution point is relative to the CRL issuer",
                        () -> ProfileCertificates.tlsSubordinateCa().replace(Extension.cRLDistributionPoints, false, new CRLDistPoint(
                                new DistributionPoint[] {new DistributionPoint(new DistributionPointName(DistributionPointName.NAME_RELATIVE_TO_CRL_ISSUER,
                                        new RDN(BCStyle.CN, new DERUTF8String("CRL1"))), null, null)})).view()),
                passes("e_cdp_distribution_point_not_full_name", "complete TLS subordinate CA", () -> ProfileCertificates.tlsSubordinateCa().view()),

                trips("w_cdp_multiple_distribution_points", "DV subscriber with two distribution points",
                        () -> ProfileCertificates.dvSubscriber().replace(Extension.cRLDistributionPoints, false, new CRLDistPoint(
                                new DistributionPoint[] {new DistributionPoint(fullName(ProfileCertificates.CRL_URL), null, null),
                                    new DistributionPoint(fullName("http://crl2.example.com/issuing-ca.crl"), null, null)})).view()),
                passes("w_cdp_multiple_distribution_points", "complete DV subscriber", () -> ProfileCertificates.dvSubscriber().view()),

                trips("w_subject_attribute_exceeds_br_max_length", "IV subscriber with a 70-character given name",
                        () -> ProfileCertificates.ivSubscriber().subject("C=US,ST=California,L=San Francisco,SURNAME=Example,GIVENNAME="
                                + "Alice".repeat(14) + ",CN=www.example.com").view()),
                passes("w_subject_attribute_exceeds_br_max_length", "complete IV subscriber", () -> ProfileCertificates.ivSubscriber().view()),

                trips("e_tc_non_tls_sub_ca_reserved_policy_present", "S/MIME issuing CA asserting the DV policy",
                        () -> ProfileCertificates.nonTlsSubordinateCa().replace(Extension.certificatePolicies, false,
                                policies(ProfileCertificates.DV)).view()),
                passes("e_tc_non_tls_sub_ca_reserved_policy_present", "S/MIME issuing CA asserting the S/MIME BR mailbox policy",
                        () -> ProfileCertificates.nonTlsSubordinateCa().replace(Extension.certificatePolicies, false,
                                policies(new org.bouncycastle.asn1.ASN1ObjectIdentifier("2.23.140.1.5.1.2"))).view()));
    }

    private static DistributionPointName fullName(String url) {
        return new DistributionPointName(new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url)));
    }

    private static TestPki.CertBuilder root(String subject) {
        return TestPki.certificate().selfSignedRoot(subject).validity("2025-06-01T00:00:00Z", "2040-06-01T00:00:00Z")
                .keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature);
    }

}
