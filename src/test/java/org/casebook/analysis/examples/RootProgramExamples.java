package org.casebook.analysis.examples;

import static org.casebook.analysis.examples.LintExample.passes;
import static org.casebook.analysis.examples.LintExample.trips;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.profiles.ProfileCertificates;

/** Root programs' own rules that a certificate alone can show (Apple, Chrome, Mozilla, Microsoft). */
final class RootProgramExamples {

    private static final String AFTER_MICROSOFT_1_0 = "2025-11-01T00:00:00Z";
    private static final Instant SCT_TIME = Instant.parse("2025-06-01T00:00:00Z");

    private RootProgramExamples() {
    }

    static List<LintExample> examples() {
        return List.of(
                trips("n_apple_ct_embedded_sct_count_by_lifetime", "one-year DV certificate with SCTs from two logs",
                        () -> ProfileCertificates.dvSubscriber().notAfter("2026-05-31T23:59:59Z").embeddedScts(SCT_TIME, SCT_TIME).view()),
                passes("n_apple_ct_embedded_sct_count_by_lifetime", "90-day DV certificate with SCTs from two logs",
                        () -> ProfileCertificates.dvSubscriber().embeddedScts(SCT_TIME, SCT_TIME).view()),
                passes("n_apple_ct_embedded_sct_count_by_lifetime", "one-year DV certificate with SCTs from three logs",
                        () -> ProfileCertificates.dvSubscriber().notAfter("2026-05-31T23:59:59Z").embeddedScts(SCT_TIME, SCT_TIME, SCT_TIME).view()),

                trips("n_chrome_ct_embedded_sct_count_by_lifetime", "one-year DV certificate with SCTs from two logs",
                        () -> ProfileCertificates.dvSubscriber().notAfter("2026-05-31T23:59:59Z").embeddedScts(SCT_TIME, SCT_TIME).view()),
                passes("n_chrome_ct_embedded_sct_count_by_lifetime", "180-day DV certificate with SCTs from two logs",
                        () -> ProfileCertificates.dvSubscriber().notAfter("2025-11-27T23:59:59Z").embeddedScts(SCT_TIME, SCT_TIME).view()),

                trips("w_chrome_sub_ca_eku_not_dedicated_to_server_auth", "TLS CA issued in July 2026 that also allows clientAuth",
                        () -> ProfileCertificates.tlsSubordinateCa().validity("2026-07-01T00:00:00Z", "2031-07-01T00:00:00Z").view()),
                trips("w_chrome_sub_ca_eku_not_dedicated_to_server_auth", "unrestricted cross-certificate valid past June 2026",
                        () -> ProfileCertificates.crossCertifiedCa().view()),
                passes("w_chrome_sub_ca_eku_not_dedicated_to_server_auth", "TLS CA of 2025 with serverAuth and clientAuth",
                        () -> ProfileCertificates.tlsSubordinateCa().view()),
                passes("w_chrome_sub_ca_eku_not_dedicated_to_server_auth", "TLS CA issued in July 2026 with serverAuth alone",
                        () -> ProfileCertificates.tlsSubordinateCa().validity("2026-07-01T00:00:00Z", "2031-07-01T00:00:00Z")
                                .ekus(KeyPurposeId.id_kp_serverAuth).view()),

                trips("e_mp_eddsa_key_without_email_protection", "TLS server certificate with an Ed25519 key",
                        () -> ProfileCertificates.dvSubscriber().subjectKey(ed25519()).view()),
                passes("e_mp_eddsa_key_without_email_protection", "S/MIME issuing CA with an Ed25519 key",
                        () -> ProfileCertificates.nonTlsSubordinateCa().subjectKey(ed25519()).view()),

                trips("e_mp_sha1_signature_prohibited", "TLS subordinate CA signed with SHA-1 in 2025",
                        () -> ProfileCertificates.tlsSubordinateCa().sha1().view()),
                trips("e_mp_sha1_signature_prohibited", "S/MIME certificate signed with SHA-1 in 2022",
                        () -> ProfileCertificates.dvSubscriber().validity("2022-09-01T00:00:00Z", "2023-09-01T00:00:00Z")
                                .ekus(KeyPurposeId.id_kp_emailProtection).sha1().view()),
                passes("e_mp_sha1_signature_prohibited", "intermediate signed with SHA-1 in January 2023, before the CA sunset",
                        () -> ProfileCertificates.nonTlsSubordinateCa().validity("2023-01-01T00:00:00Z", "2028-01-01T00:00:00Z").sha1().view()),

                trips("e_microsoft_sub_ca_revocation_information_missing", "S/MIME issuing CA of November 2025 with neither CRL nor OCSP",
                        () -> ProfileCertificates.nonTlsSubordinateCa().validity(AFTER_MICROSOFT_1_0, "2030-11-01T00:00:00Z")
                                .without(Extension.cRLDistributionPoints)
                                .replace(Extension.authorityInfoAccess, false, ProfileCertificates.aia(ProfileCertificates.CA_ISSUERS_URL, null)).view()),
                passes("e_microsoft_sub_ca_revocation_information_missing", "TLS issuing CA of November 2025 with a CRL and OCSP",
                        () -> ProfileCertificates.tlsSubordinateCa().validity(AFTER_MICROSOFT_1_0, "2030-11-01T00:00:00Z").view()),

                trips("e_microsoft_sub_ca_eku_combines_uses", "issuing CA of November 2025 for S/MIME and code signing",
                        () -> ProfileCertificates.nonTlsSubordinateCa().validity(AFTER_MICROSOFT_1_0, "2030-11-01T00:00:00Z")
                                .ekus(KeyPurposeId.id_kp_emailProtection, KeyPurposeId.id_kp_codeSigning).view()),
                passes("e_microsoft_sub_ca_eku_combines_uses", "S/MIME issuing CA of November 2025",
                        () -> ProfileCertificates.nonTlsSubordinateCa().validity(AFTER_MICROSOFT_1_0, "2030-11-01T00:00:00Z").view()),

                trips("e_microsoft_root_ca_validity_too_long", "root made in August 2026 for 15 years",
                        () -> ProfileCertificates.rootCa().validity("2026-08-01T00:00:00Z", "2041-08-01T00:00:00Z").view()),
                passes("e_microsoft_root_ca_validity_too_long", "root made in August 2026 for 10 years",
                        () -> ProfileCertificates.rootCa().validity("2026-08-01T00:00:00Z", "2036-08-01T00:00:00Z").view()));
    }

    private static KeyPair ed25519() throws NoSuchAlgorithmException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }
}
