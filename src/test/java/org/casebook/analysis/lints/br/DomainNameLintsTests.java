package org.casebook.analysis.lints.br;

import static org.casebook.analysis.lints.br.BrLintCases.lint;
import static org.casebook.analysis.lints.br.BrLintCases.run;
import static org.casebook.analysis.lints.br.BrLintCases.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.casebook.testpki.TestPki.CertBuilder;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.IpAddressText;
import org.casebook.analysis.lints.support.PublicSuffixRules;
import org.casebook.analysis.lints.support.ReservedAddresses;

/** Domain names and IP addresses in TLS certificates: TLDs and public suffixes, underscores, onion names, reserved addresses. */
class DomainNameLintsTests {

    private static CertBuilder withSanIp(String address) throws Exception {
        GeneralName ip = new GeneralName(GeneralName.iPAddress, new DEROctetString(InetAddress.getByName(address).getAddress()));
        return subscriber().dnsNames().extension(Extension.subjectAlternativeName, false, new GeneralNames(ip));
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
