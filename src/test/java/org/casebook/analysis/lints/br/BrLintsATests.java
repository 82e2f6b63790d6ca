package org.casebook.analysis.lints.br;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.casebook.testpki.TestPki.CertBuilder;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.TlsPolicies;

/** Baseline Requirements and Mozilla policy lints on certificates built for the case at hand. */
class BrLintsATests {

    private static LintStatus run(String code, CertBuilder certificate) {
        CertificateLint lint = LintRegistry.discover().byCode(code).orElseThrow();
        return lint.run(certificate.view()).status();
    }

    private static CertBuilder subscriber() {
        return TestPki.certificate().notBefore("2024-06-01T00:00:00Z");
    }

    private static CertBuilder withSanIp(String address) throws Exception {
        GeneralName ip = new GeneralName(GeneralName.iPAddress, new DEROctetString(InetAddress.getByName(address).getAddress()));
        return subscriber().dnsNames().extension(Extension.subjectAlternativeName, false, new GeneralNames(ip));
    }

    private static CertBuilder withPolicy(CertBuilder certificate, PolicyInformation... policies) {
        return certificate.extension(Extension.certificatePolicies, false, new CertificatePolicies(policies));
    }

    @Test
    void privateAddressInSubjectAltNameIsAnError() throws Exception {
        assertEquals(LintStatus.ERROR, run("e_ext_san_contains_reserved_ip", withSanIp("10.1.2.3")));
        assertEquals(LintStatus.ERROR, run("e_ext_san_contains_reserved_ip", withSanIp("fd00::1")));
        assertEquals(LintStatus.PASS, run("e_ext_san_contains_reserved_ip", withSanIp("8.8.8.8")));
    }

    @Test
    void nameUnderAnUndelegatedTldIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_dnsname_not_valid_tld", subscriber().dnsNames("intranet.corp")));
        assertEquals(LintStatus.PASS, run("e_dnsname_not_valid_tld", subscriber().dnsNames("www.example.com")));
    }

    @Test
    void tldIsJudgedAtIssuanceNotToday() {
        // .app entered the root zone on 2015-07-02: before that, shop.app was an internal name.
        CertBuilder early = TestPki.certificate().notBefore("2015-03-01T00:00:00Z").dnsNames("shop.app").subject("CN=shop.app");
        CertBuilder later = TestPki.certificate().notBefore("2016-03-01T00:00:00Z").dnsNames("shop.app").subject("CN=shop.app");
        assertEquals(LintStatus.ERROR, run("e_dnsname_not_valid_tld", early));
        assertEquals(LintStatus.PASS, run("e_dnsname_not_valid_tld", later));
    }

    @Test
    void bareTldIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_dnsname_contains_bare_iana_suffix", subscriber().dnsNames("com")));
        assertEquals(LintStatus.PASS, run("e_dnsname_contains_bare_iana_suffix", subscriber().dnsNames("example.com")));
    }

    @Test
    void underscoreIsJudgedInTheRegisteredLabelOnly() {
        assertEquals(LintStatus.ERROR, run("e_dnsname_underscore_in_sld", subscriber().dnsNames("my_shop.co.uk")));
        assertEquals(LintStatus.PASS, run("e_dnsname_underscore_in_sld", subscriber().dnsNames("my_host.shop.co.uk")));
    }

    @Test
    void caCertificateNeedsKeyUsageWithCrlSign() {
        assertEquals(LintStatus.ERROR, run("e_ca_key_usage_missing", TestPki.certificate().ca().without(Extension.keyUsage)));
        assertEquals(LintStatus.PASS, run("e_ca_key_usage_missing", TestPki.certificate().ca()));
        assertEquals(LintStatus.PASS, run("e_ca_crl_sign_not_set", TestPki.certificate().ca()));
        assertEquals(LintStatus.PASS, run("e_ca_key_usage_not_critical", TestPki.certificate().ca()));
        assertEquals(LintStatus.NA, run("e_ca_crl_sign_not_set", subscriber()));
    }

    @Test
    void domainValidatedSubjectHoldsOnlyCountryAndCommonName() {
        PolicyInformation dv = new PolicyInformation(TlsPolicies.DOMAIN_VALIDATED);
        assertEquals(LintStatus.ERROR, run("e_cab_dv_subject_invalid_values",
                withPolicy(subscriber().subject("C=US,O=Example Inc,CN=www.example.com"), dv)));
        assertEquals(LintStatus.PASS, run("e_cab_dv_subject_invalid_values",
                withPolicy(subscriber().subject("C=US,CN=www.example.com"), dv)));
        assertEquals(LintStatus.NA, run("e_cab_dv_subject_invalid_values", subscriber().subject("C=US,O=Example Inc,CN=www.example.com")));
    }

    @Test
    void notBeforeFarBeforeTheSctsIsBackdating() {
        Instant notBefore = Instant.parse("2024-06-01T00:00:00Z");
        assertEquals(LintStatus.ERROR, run("e_excessively backdated", subscriber().embeddedScts(notBefore.plusSeconds(72 * 3600))));
        assertEquals(LintStatus.PASS, run("e_excessively backdated", subscriber().embeddedScts(notBefore.plusSeconds(3600))));
        assertEquals(LintStatus.NA, run("e_excessively backdated", subscriber()));
    }

    @Test
    void ocspResponderNeedsNoCheckEvenThoughItIsNoTlsCertificate() {
        CertBuilder responder = subscriber().dnsNames().ekus(KeyPurposeId.id_kp_OCSPSigning);
        assertEquals(LintStatus.ERROR, run("e_ocsp_id_pkix_ocsp_nocheck_ext_not_included_server_auth", responder));
        assertEquals(LintStatus.PASS, run("e_ocsp_id_pkix_ocsp_nocheck_ext_not_included_server_auth",
                subscriber().dnsNames().ekus(KeyPurposeId.id_kp_OCSPSigning)
                        .extension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE)));
    }

    @Test
    void baselineLintsSkipCertificatesThatCannotServeTls() {
        CertBuilder clientOnly = subscriber().ekus(KeyPurposeId.id_kp_clientAuth).dnsNames("intranet.corp");
        assertEquals(LintStatus.NA, run("e_dnsname_not_valid_tld", clientOnly));
        // A TLS policy OID brings the certificate back under the BRs, whatever its EKU.
        CertBuilder clientWithDvPolicy = withPolicy(subscriber().ekus(KeyPurposeId.id_kp_clientAuth).dnsNames("intranet.corp"),
                new PolicyInformation(TlsPolicies.DOMAIN_VALIDATED));
        assertEquals(LintStatus.ERROR, run("e_dnsname_not_valid_tld", clientWithDvPolicy));
    }

    @Test
    void ocspLocationMustBePlainHttp() {
        CertBuilder https = subscriber().extension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, "https://ocsp.example.com")));
        CertBuilder http = subscriber().extension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, "http://ocsp.example.com")));
        assertEquals(LintStatus.ERROR, run("e_aia_ocsp_must_have_http_only", https));
        assertEquals(LintStatus.PASS, run("e_aia_ocsp_must_have_http_only", http));
    }

    @Test
    void shortRsaModulusBreaksMozillaPolicy() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair small = generator.generateKeyPair();
        assertEquals(LintStatus.ERROR, run("e_mp_modulus_must_be_2048_bits_or_more", subscriber().subjectKey(small)));
        assertEquals(LintStatus.PASS, run("e_mp_modulus_must_be_2048_bits_or_more", subscriber()));
    }

    @Test
    void intermediateWithoutEkuIsANotice() {
        assertEquals(LintStatus.NOTICE, run("n_mp_allowed_eku", subscriber().ca()));
        assertEquals(LintStatus.NOTICE, run("n_mp_allowed_eku", subscriber().ca().ekus(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_emailProtection)));
        assertEquals(LintStatus.PASS, run("n_mp_allowed_eku", subscriber().ca().ekus(KeyPurposeId.id_kp_serverAuth)));
        assertEquals(LintStatus.NA, run("n_mp_allowed_eku", subscriber().selfSignedRoot("C=US,O=Casebook,CN=Casebook Root")));
    }

    @Test
    void selfSignedNeedsAMatchingSignatureNotJustMatchingNames() {
        CertificateView root = TestPki.certificate().selfSignedRoot("C=US,O=Casebook,CN=Casebook Root").view();
        CertificateView crossSigned = TestPki.certificate().ca().subject("C=US,O=Casebook,CN=Casebook Root")
                .issuer("C=US,O=Casebook,CN=Casebook Root").issuerKey(TestPki.ecP256Key()).view();
        assertEquals(true, CertificateRoles.isRootCa(root));
        assertEquals(true, CertificateRoles.isSubordinateCa(crossSigned));
    }
}
