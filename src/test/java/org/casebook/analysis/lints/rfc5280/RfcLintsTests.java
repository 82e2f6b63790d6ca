package org.casebook.analysis.lints.rfc5280;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.Punycode;

/** RFC 5280 lints on certificates made for the case, beyond zlint's corpus: each one tripped and passed. */
class RfcLintsTests {

    private static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");
    private static final ASN1ObjectIdentifier SOME_POLICY = new ASN1ObjectIdentifier("2.23.140.1.2.1");

    private static LintResult run(String code, CertificateView certificate) {
        CertificateLint lint = LintRegistry.discover().byCode(code).orElseThrow(() -> new AssertionError("no lint " + code));
        return lint.run(certificate);
    }

    private static void assertStatus(LintStatus expected, String code, CertificateView certificate) {
        LintResult result = run(code, certificate);
        assertEquals(expected, result.status(), code + ": " + result.detail());
        if (expected.isFinding()) {
            assertNotNull(result.detail(), code + " should say why");
        }
    }

    @Test
    void everyZlintRfcCertificateLintIsRegisteredWithItsMetadata() throws Exception {
        String lintList;
        try (java.io.InputStream in = RfcLintsTests.class.getClassLoader().getResourceAsStream("zlint/lints.tsv")) {
            lintList = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int count = 0;
        for (String line : lintList.split("\n")) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 8 || !columns[1].equals("rfc") || !columns[7].strip().equals("Certificate")) {
                continue;
            }
            count++;
            CertificateLint lint = LintRegistry.discover().byCode(columns[0]).orElseThrow(() -> new AssertionError("missing " + columns[0]));
            assertTrue(lint.metadata().source() == LintSource.RFC5280 || lint.metadata().source() == LintSource.RFC6962
                    || lint.metadata().source() == LintSource.RFC_OTHER, columns[0]);
            assertTrue(lint.metadata().description().endsWith("."), columns[0]);
            String effective = columns[5].equals("0000-01-01") ? null : columns[5];
            assertEquals(effective, lint.metadata().effectiveDate() == null ? null : lint.metadata().effectiveDate().toString(), columns[0]);
        }
        assertEquals(123, count);
    }

    @Test
    void negativeSerialIsAnErrorAndARandomOnePasses() {
        assertStatus(LintStatus.ERROR, "e_serial_number_not_positive", TestPki.certificate().serial(BigInteger.valueOf(-5)).view());
        assertStatus(LintStatus.PASS, "e_serial_number_not_positive", TestPki.certificate().view());
    }

    @Test
    void serialNeedingTwentyOneOctetsIsAnError() {
        BigInteger twentyOctetsTopBitSet = BigInteger.ONE.shiftLeft(159).add(BigInteger.valueOf(12345));
        assertStatus(LintStatus.ERROR, "e_serial_number_longer_than_20_octets", TestPki.certificate().serial(twentyOctetsTopBitSet).view());
        assertStatus(LintStatus.PASS, "e_serial_number_longer_than_20_octets", TestPki.certificate().serial(twentyOctetsTopBitSet.shiftRight(1)).view());
    }

    @Test
    void nameConstraintsBelongInCriticalCaExtensions() {
        NameConstraints constraints = new NameConstraints(new GeneralSubtree[] {new GeneralSubtree(new GeneralName(GeneralName.dNSName, "example.com"))}, null);
        CertificateView endEntity = TestPki.certificate().extension(Extension.nameConstraints, true, constraints).view();
        CertificateView criticalCa = TestPki.certificate().ca().subject("CN=Constrained CA").extension(Extension.nameConstraints, true, constraints).view();
        CertificateView lenientCa = TestPki.certificate().ca().subject("CN=Constrained CA").extension(Extension.nameConstraints, false, constraints).view();
        assertStatus(LintStatus.ERROR, "e_ext_name_constraints_not_in_ca", endEntity);
        assertStatus(LintStatus.PASS, "e_ext_name_constraints_not_in_ca", criticalCa);
        assertStatus(LintStatus.ERROR, "e_ext_name_constraints_not_critical", lenientCa);
        assertStatus(LintStatus.PASS, "e_ext_name_constraints_not_critical", criticalCa);
        assertStatus(LintStatus.NA, "e_ext_name_constraints_not_critical", TestPki.certificate().view());
    }

    @Test
    void caCertificateWithCriticalBasicConstraintsAndKeyIdentifiersPasses() {
        CertificateView ca = TestPki.certificate().ca().subject("CN=Test Sub CA").view();
        assertStatus(LintStatus.PASS, "e_basic_constraints_not_critical", ca);
        assertStatus(LintStatus.PASS, "e_ext_subject_key_identifier_missing_ca", ca);
        assertStatus(LintStatus.PASS, "e_ca_subject_field_empty", ca);
        assertStatus(LintStatus.ERROR, "e_ext_subject_key_identifier_missing_ca",
                TestPki.certificate().ca().subject("CN=Test Sub CA").without(Extension.subjectKeyIdentifier).view());
        assertStatus(LintStatus.NA, "e_basic_constraints_not_critical", TestPki.certificate().view());
    }

    @Test
    void spaceAsDnsNameIsAnError() {
        assertStatus(LintStatus.ERROR, "e_ext_san_space_dns_name", TestPki.certificate().dnsNames("www.example.com", " ").view());
        assertStatus(LintStatus.PASS, "e_ext_san_space_dns_name", TestPki.certificate().view());
    }

    @Test
    void hyphenAtTheEdgeOfTheRegistrableLabelIsFoundBehindAMultiLabelSuffix() {
        // co.uk is one public suffix, so the registrable label of www.-shop.co.uk is "-shop"
        assertStatus(LintStatus.ERROR, "e_rfc_dnsname_hyphen_in_sld", TestPki.certificate().subject("CN=www.-shop.co.uk").dnsNames("www.-shop.co.uk").view());
        assertStatus(LintStatus.PASS, "e_rfc_dnsname_hyphen_in_sld", TestPki.certificate().subject("CN=www.my-shop.co.uk").dnsNames("www.my-shop.co.uk").view());
    }

    @Test
    void underscoreInRegistrableLabelIsAnErrorButOnlyAWarningFurtherLeft() {
        CertificateView inSld = TestPki.certificate().dnsNames("www.bad_name.com").view();
        CertificateView inTrd = TestPki.certificate().dnsNames("_acme.example.com").view();
        assertStatus(LintStatus.ERROR, "e_rfc_dnsname_underscore_in_sld", inSld);
        assertStatus(LintStatus.PASS, "e_rfc_dnsname_underscore_in_sld", inTrd);
        assertStatus(LintStatus.WARN, "w_rfc_dnsname_underscore_in_trd", inTrd);
        assertStatus(LintStatus.PASS, "w_rfc_dnsname_underscore_in_trd", TestPki.certificate().view());
    }

    @Test
    void malformedPunycodeIsAnErrorAndWellFormedIdnPasses() {
        assertStatus(LintStatus.ERROR, "e_international_dns_name_not_unicode", TestPki.certificate().dnsNames("xn--99999999999999.example.com").view());
        assertStatus(LintStatus.PASS, "e_international_dns_name_not_unicode", TestPki.certificate().dnsNames("xn--bcher-kva.example.com").view());
        assertEquals("bücher", Punycode.toUnicode("xn--bcher-kva"));
    }

    @Test
    void longCommonNameIsAnError() {
        String longName = "a".repeat(60) + ".example.com";
        X500Name tooLong = new X500Name(new RDN[] {new RDN(BCStyle.CN, new DERUTF8String(longName))});
        assertStatus(LintStatus.ERROR, "e_subject_common_name_max_length", TestPki.certificate().subject(tooLong).view());
        assertStatus(LintStatus.PASS, "e_subject_common_name_max_length", TestPki.certificate().view());
    }

    @Test
    void mappingAnyPolicyIsAnError() {
        DERSequence toAny = new DERSequence(new DERSequence(new ASN1EncodableVector() {
            {
                add(SOME_POLICY);
                add(ANY_POLICY);
            }
        }));
        DERSequence plain = new DERSequence(new DERSequence(new ASN1EncodableVector() {
            {
                add(SOME_POLICY);
                add(new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            }
        }));
        assertStatus(LintStatus.ERROR, "e_ext_policy_map_any_policy", TestPki.certificate().ca().subject("CN=Bridge CA").extension(Extension.policyMappings, true, toAny).view());
        assertStatus(LintStatus.PASS, "e_ext_policy_map_any_policy", TestPki.certificate().ca().subject("CN=Bridge CA").extension(Extension.policyMappings, true, plain).view());
    }

    @Test
    void explicitTextMustNotBeIa5AndShouldBeUtf8() {
        CertificateView ia5 = withExplicitText(new DERIA5String("Relying party terms apply"));
        CertificateView utf8 = withExplicitText(new DERUTF8String("Relying party terms apply"));
        assertStatus(LintStatus.ERROR, "e_ext_cert_policy_explicit_text_ia5_string", ia5);
        assertStatus(LintStatus.WARN, "w_ext_cert_policy_explicit_text_not_utf8", ia5);
        assertStatus(LintStatus.PASS, "e_ext_cert_policy_explicit_text_ia5_string", utf8);
        assertStatus(LintStatus.PASS, "w_ext_cert_policy_explicit_text_not_utf8", utf8);
        assertStatus(LintStatus.NA, "e_ext_cert_policy_explicit_text_ia5_string", TestPki.certificate().view());
    }

    @Test
    void issuerAlternativeNameMailAndUriFormats() {
        CertificateView bad = withIssuerAltName(new GeneralName(GeneralName.rfc822Name, "<ca@example.com>"),
                new GeneralName(GeneralName.uniformResourceIdentifier, "//example.com/ca"));
        CertificateView good = withIssuerAltName(new GeneralName(GeneralName.rfc822Name, "ca@example.com"),
                new GeneralName(GeneralName.uniformResourceIdentifier, "https://example.com/ca"));
        assertStatus(LintStatus.ERROR, "e_ext_ian_rfc822_format_invalid", bad);
        assertStatus(LintStatus.ERROR, "e_ext_ian_uri_relative", bad);
        assertStatus(LintStatus.PASS, "e_ext_ian_rfc822_format_invalid", good);
        assertStatus(LintStatus.PASS, "e_ext_ian_uri_relative", good);
        assertStatus(LintStatus.PASS, "e_ext_ian_uri_host_not_fqdn_or_ip", good);
    }

    @Test
    void validityBefore2050IsUtcTimeWithSeconds() {
        CertificateView ordinary = TestPki.certificate().view();
        assertStatus(LintStatus.PASS, "e_wrong_time_format_pre2050", ordinary);
        assertStatus(LintStatus.PASS, "e_utc_time_does_not_include_seconds", ordinary);
        assertStatus(LintStatus.PASS, "e_utc_time_not_in_zulu", ordinary);
        CertificateView farFuture = TestPki.certificate().notAfter("2051-01-01T00:00:00Z").view();
        assertStatus(LintStatus.PASS, "e_wrong_time_format_pre2050", farFuture);
        assertStatus(LintStatus.PASS, "e_generalized_time_not_in_zulu", farFuture);
    }

    @Test
    void controlCharactersAreJudgedInTheAttributesOwnStringType() {
        // A BMPString holds two octets per character: "Ab" is 00 41 00 62, which is no control character.
        X500Name bmp = new X500Name(new RDN[] {new RDN(BCStyle.O, new DERBMPString("Ab Org")), new RDN(BCStyle.CN, new DERUTF8String("www.example.com"))});
        X500Name tab = new X500Name(new RDN[] {new RDN(BCStyle.O, new DERUTF8String("Ab\tOrg")), new RDN(BCStyle.CN, new DERUTF8String("www.example.com"))});
        assertStatus(LintStatus.PASS, "e_subject_dn_not_printable_characters", TestPki.certificate().subject(bmp).view());
        assertStatus(LintStatus.ERROR, "e_subject_dn_not_printable_characters", TestPki.certificate().subject(tab).view());
    }

    @Test
    void explicitTextLimitCountsCharactersNotOctets() {
        String twoHundredCjk = "\u8bc1".repeat(200);
        assertStatus(LintStatus.PASS, "e_ext_cert_policy_explicit_text_too_long", withExplicitText(new DERUTF8String(twoHundredCjk)));
        assertStatus(LintStatus.ERROR, "e_ext_cert_policy_explicit_text_too_long", withExplicitText(new DERUTF8String(twoHundredCjk + "x")));
    }

    private static CertificateView withExplicitText(org.bouncycastle.asn1.ASN1Encodable text) {
        DERSequence userNotice = new DERSequence(text);
        PolicyInformation policy = new PolicyInformation(SOME_POLICY,
                new DERSequence(new PolicyQualifierInfo(PolicyQualifierId.id_qt_unotice, userNotice)));
        return TestPki.certificate().extension(Extension.certificatePolicies, false, new CertificatePolicies(policy)).view();
    }

    private static CertificateView withIssuerAltName(GeneralName... names) {
        return TestPki.certificate().extension(Extension.issuerAlternativeName, false, new GeneralNames(names)).view();
    }
}
