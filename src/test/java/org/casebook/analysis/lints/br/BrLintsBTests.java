package org.casebook.analysis.lints.br;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.RSAPublicKeySpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.IpAddressText;
import org.casebook.analysis.lints.support.PublicSuffixRules;
import org.casebook.analysis.lints.support.ReservedAddresses;

/** A failing and a passing certificate for the Baseline Requirements, EV and community lints that matter most. */
class BrLintsBTests {

    private static final ASN1ObjectIdentifier EV_POLICY = new ASN1ObjectIdentifier("2.23.140.1.1");
    private static final ASN1ObjectIdentifier DV_POLICY = new ASN1ObjectIdentifier("2.23.140.1.2.1");
    private static final KeyPurposeId CT_PRECERTIFICATE_SIGNING = KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.4"));

    private static LintStatus lint(String code, TestPki.CertBuilder builder) {
        return lint(code, builder.view());
    }

    private static LintStatus lint(String code, CertificateView certificate) {
        return LintRegistry.discover().byCode(code).orElseThrow(() -> new AssertionError("no lint " + code))
                .run(certificate).status();
    }

    private static AuthorityInformationAccess aia() {
        return new AuthorityInformationAccess(new AccessDescription[] {
                new AccessDescription(AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, "http://ocsp.example.com")),
                new AccessDescription(AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier, "http://ca.example.com/ca.crt"))});
    }

    private static CRLDistPoint crlDistributionPoints(String url) {
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url));
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(names), null, null)});
    }

    private static CertificatePolicies policy(ASN1ObjectIdentifier oid) {
        return new CertificatePolicies(new PolicyInformation(oid));
    }

    @Test
    void subscriberWithoutAuthorityInformationAccessIsAnError() {
        assertEquals(LintStatus.ERROR, lint("e_sub_cert_aia_missing", TestPki.certificate()));
        assertEquals(LintStatus.PASS, lint("e_sub_cert_aia_missing",
                TestPki.certificate().extension(Extension.authorityInfoAccess, false, aia())));
    }

    @Test
    void baselineRequirementsLintsSkipCertificatesThatCannotServeTls() {
        TestPki.CertBuilder codeSigning = TestPki.certificate().ekus(KeyPurposeId.id_kp_codeSigning);
        assertEquals(LintStatus.NA, lint("e_sub_cert_aia_missing", codeSigning));
        // A CA/Browser Forum TLS policy OID makes it a TLS certificate whatever its EKU says.
        assertEquals(LintStatus.ERROR, lint("e_sub_cert_aia_missing",
                TestPki.certificate().ekus(KeyPurposeId.id_kp_codeSigning).extension(Extension.certificatePolicies, false, policy(DV_POLICY))));
    }

    @Test
    void subscriberEkuFromBr2MustBeServerAuthWithOptionalClientAuth() {
        String after = "2024-01-10T00:00:00Z";
        assertEquals(LintStatus.PASS, lint("e_sub_cert_eku_check", TestPki.certificate().notBefore(after)));
        assertEquals(LintStatus.ERROR, lint("e_sub_cert_eku_check",
                TestPki.certificate().notBefore(after).ekus(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_codeSigning)));
        assertEquals(LintStatus.ERROR, lint("e_sub_cert_eku_check",
                TestPki.certificate().notBefore(after).ekus(KeyPurposeId.id_kp_serverAuth, CT_PRECERTIFICATE_SIGNING)));
        assertEquals(LintStatus.NE, lint("e_sub_cert_eku_check", TestPki.certificate().notBefore("2023-01-10T00:00:00Z")));
    }

    @Test
    void commonNameMustBeAnExactCopyOfASanEntryFromBr180() {
        String after = "2022-03-01T00:00:00Z";
        assertEquals(LintStatus.PASS, lint("e_subject_common_name_not_exactly_from_san", TestPki.certificate().notBefore(after)));
        assertEquals(LintStatus.ERROR, lint("e_subject_common_name_not_exactly_from_san",
                TestPki.certificate().notBefore(after).subject("CN=WWW.Example.com")));
        // The older rule compared without regard to case.
        assertEquals(LintStatus.PASS, lint("e_subject_common_name_not_from_san",
                TestPki.certificate().notBefore("2020-03-01T00:00:00Z").subject("CN=WWW.Example.com")));
    }

    @Test
    void rsaKeysUnder2048BitsAreAnError() {
        KeyPair small = rsaKeyPair(BigInteger.probablePrime(512, new SecureRandom()), BigInteger.probablePrime(512, new SecureRandom()));
        assertEquals(LintStatus.ERROR, lint("e_rsa_mod_less_than_2048_bits", TestPki.certificate().subjectKey(small)));
        assertEquals(LintStatus.PASS, lint("e_rsa_mod_less_than_2048_bits", TestPki.certificate()));
    }

    @Test
    void rsaModulusWithNeighbouringPrimesFallsToFermat() {
        BigInteger p = BigInteger.probablePrime(1024, new SecureRandom());
        KeyPair weak = rsaKeyPair(p, p.nextProbablePrime());
        assertEquals(LintStatus.ERROR, lint("e_rsa_fermat_factorization", TestPki.certificate().subjectKey(weak)));
        assertEquals(LintStatus.PASS, lint("e_rsa_fermat_factorization", TestPki.certificate()));
    }

    @Test
    void fermatVerdictMatchesAPlainFermatWalkAroundTheHundredStepBound() {
        // gaps near 2^517 put the factors' midpoint about 100 steps above sqrt(n) for 1024-bit primes;
        // a fixed seed keeps the mix of both verdicts the same on every run
        java.util.Random random = new java.util.Random(20161001);
        int found = 0;
        for (int i = 0; i < 16; i++) {
            BigInteger p = BigInteger.probablePrime(1024, random);
            BigInteger q = p.add(new BigInteger(518, random).setBit(515)).nextProbablePrime();
            boolean expected = plainFermatFinds(p.multiply(q), 100);
            found += expected ? 1 : 0;
            assertEquals(expected ? LintStatus.ERROR : LintStatus.PASS,
                    lint("e_rsa_fermat_factorization", TestPki.certificate().subjectKey(rsaKeyPair(p, q))), "gap " + q.subtract(p));
        }
        assertTrue(found > 0 && found < 16, "both verdicts occur near the bound: " + found + " of 16 found");
    }

    /** The textbook walk with the JDK's square root, as the reference. */
    private static boolean plainFermatFinds(BigInteger n, int rounds) {
        BigInteger a = n.sqrt().add(BigInteger.ONE);
        for (int round = 0; round < rounds; round++, a = a.add(BigInteger.ONE)) {
            BigInteger b2 = a.multiply(a).subtract(n);
            BigInteger b = b2.sqrt();
            if (b.multiply(b).equals(b2)) {
                return true;
            }
        }
        return false;
    }

    private static KeyPair rsaKeyPair(BigInteger p, BigInteger q) {
        try {
            RSAPublicKeySpec spec = new RSAPublicKeySpec(p.multiply(q), BigInteger.valueOf(65537));
            return new KeyPair(KeyFactory.getInstance("RSA").generatePublic(spec), null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void subordinateCaWithoutCrlDistributionPointsIsAnError() {
        TestPki.CertBuilder subCa = TestPki.certificate().ca().subject("C=US,O=Example,CN=Example Issuing CA");
        assertEquals(LintStatus.ERROR, lint("e_sub_ca_crl_distribution_points_missing", subCa));
        assertEquals(LintStatus.PASS, lint("e_sub_ca_crl_distribution_points_missing", TestPki.certificate().ca()
                .subject("C=US,O=Example,CN=Example Issuing CA")
                .extension(Extension.cRLDistributionPoints, false, crlDistributionPoints("http://crl.example.com/ca.crl"))));
        assertEquals(LintStatus.ERROR, lint("e_sub_ca_crl_distribution_points_does_not_contain_url", TestPki.certificate().ca()
                .subject("C=US,O=Example,CN=Example Issuing CA")
                .extension(Extension.cRLDistributionPoints, false, crlDistributionPoints("ldap://ldap.example.com/cn=ca"))));
    }

    @Test
    void rootCertificatesAreRecognisedByTheirOwnSignature() {
        TestPki.CertBuilder root = TestPki.certificate().selfSignedRoot("C=US,O=Example,CN=Example Root");
        assertEquals(LintStatus.PASS, lint("w_root_ca_contains_cert_policy", root));
        assertEquals(LintStatus.WARN, lint("w_root_ca_contains_cert_policy", TestPki.certificate()
                .selfSignedRoot("C=US,O=Example,CN=Example Root").extension(Extension.certificatePolicies, false, policy(DV_POLICY))));
        // Same names but signed by another key: a subordinate CA, not a root.
        TestPki.CertBuilder crossSigned = TestPki.certificate().ca().subject("C=US,O=Example,CN=Example Root")
                .issuer("C=US,O=Example,CN=Example Root").subjectKey(TestPki.ecP256Key());
        assertEquals(LintStatus.NA, lint("w_root_ca_contains_cert_policy", crossSigned));
    }

    @Test
    void reservedAddressAsCommonNameIsAnError() {
        assertEquals(LintStatus.ERROR, lint("e_subject_contains_reserved_ip", TestPki.certificate().subject("CN=10.1.2.3")));
        assertEquals(LintStatus.PASS, lint("e_subject_contains_reserved_ip", TestPki.certificate().subject("CN=8.8.8.8")));
    }

    @Test
    void onionNamesMustBeWellFormedTorAddresses() {
        String v3 = "a".repeat(56) + ".onion";
        assertEquals(LintStatus.PASS, lint("e_san_dns_name_onion_invalid",
                TestPki.certificate().notBefore("2021-01-01T00:00:00Z").subject("CN=" + v3).dnsNames(v3)));
        assertEquals(LintStatus.ERROR, lint("e_san_dns_name_onion_invalid",
                TestPki.certificate().notBefore("2021-01-01T00:00:00Z").subject("CN=shop.onion").dnsNames("shop.onion")));
    }

    @Test
    void wildcardDirectlyLeftOfAPublicSuffixIsNoticed() {
        assertEquals(LintStatus.NOTICE, lint("n_dnsname_wildcard_left_of_public_suffix",
                TestPki.certificate().subject("CN=*.co.uk").dnsNames("*.co.uk")));
        assertEquals(LintStatus.PASS, lint("n_dnsname_wildcard_left_of_public_suffix",
                TestPki.certificate().subject("CN=*.example.co.uk").dnsNames("*.example.co.uk")));
    }

    @Test
    void evCertificatesMustNameTheRegistrationNumber() {
        TestPki.CertBuilder withoutNumber = TestPki.certificate().subject("C=US,O=Example Inc,CN=www.example.com")
                .extension(Extension.certificatePolicies, false, policy(EV_POLICY));
        assertEquals(LintStatus.ERROR, lint("e_ev_serial_number_missing", withoutNumber));
        TestPki.CertBuilder withNumber = TestPki.certificate().subject("C=US,O=Example Inc,SERIALNUMBER=12345,CN=www.example.com")
                .extension(Extension.certificatePolicies, false, policy(EV_POLICY));
        assertEquals(LintStatus.PASS, lint("e_ev_serial_number_missing", withNumber));
        assertEquals(LintStatus.NA, lint("e_ev_serial_number_missing", TestPki.certificate()));
    }

    @Test
    void lowerCaseCountryCodeIsAnError() {
        assertEquals(LintStatus.ERROR, lint("e_subj_country_not_uppercase", TestPki.certificate().subject("C=us,CN=www.example.com")));
        assertEquals(LintStatus.PASS, lint("e_subj_country_not_uppercase", TestPki.certificate().subject("C=US,CN=www.example.com")));
    }

    @Test
    void publicSuffixRulesSplitNamesAsTheListSays() {
        PublicSuffixRules.SplitName split = PublicSuffixRules.split("www.shop.example.co.uk");
        assertEquals("www.shop", split.subdomain());
        assertEquals("example", split.registrable());
        assertEquals("co.uk", split.suffix());
        assertTrue(PublicSuffixRules.isBareSuffix("co.uk"));
        assertTrue(PublicSuffixRules.isBareSuffix("localhost"));
        assertFalse(PublicSuffixRules.isBareSuffix("example.com"));
        // Private-section suffixes are ignored, as zlint ignores them.
        assertEquals("appspot", PublicSuffixRules.split("foo.appspot.com").registrable());
        // An unknown top-level label counts as a suffix of its own.
        assertEquals("internal", PublicSuffixRules.split("ocsp.corp.internal").suffix());
        assertNull(PublicSuffixRules.split(".example.com"));
    }

    @Test
    void addressesAreReadAndWrittenLikeGo() {
        assertEquals("2001:db8::1", IpAddressText.format(IpAddressText.parse("2001:0db8:0:0:0:0:0:1")));
        assertEquals("192.0.2.1", IpAddressText.format(IpAddressText.parse("::ffff:192.0.2.1")));
        assertNull(IpAddressText.parse("010.1.2.3"));
        assertNull(IpAddressText.parse("example.com"));
        assertTrue(ReservedAddresses.isReserved(IpAddressText.parse("fe80::1")));
        assertFalse(ReservedAddresses.isReserved(IpAddressText.parse("2606:4700::1111")));
    }
}
