package org.casebook.analysis.lints.rfc5280;

import static org.casebook.analysis.lints.rfc5280.RfcLintCases.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.Punycode;

/** RFC 5280 rules on DNS names (spaces, hyphens, underscores, punycode) and on issuer alternative name formats. */
class GeneralNameLintsTests {

    private static CertificateView withIssuerAltName(GeneralName... names) {
        return TestPki.certificate().extension(Extension.issuerAlternativeName, false, new GeneralNames(names)).view();
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
}
