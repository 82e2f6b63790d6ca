package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casebook.search.CertificateNames.IndexedName;
import org.junit.jupiter.api.Test;

class CertificateNamesTests {

    @Test
    void serialsLoseLeadingZerosSeparatorsAndCase() {
        assertEquals("C3A1", CertificateNames.serial("00C3A1"));
        assertEquals("C3A1", CertificateNames.serial("00:c3:a1"));
        assertEquals("C3A1", CertificateNames.serial("0x00c3a1"));
        assertEquals("ABC", CertificateNames.serial("0ABC"));
        assertEquals("0", CertificateNames.serial("0000"));
    }

    @Test
    void dnsNamesCarryTheirLabelsReversed() {
        assertEquals("com.example.www", CertificateNames.reversedLabels("www.example.com"));
        assertEquals("com.example.*", CertificateNames.reversedLabels("*.example.com"));
    }

    @Test
    void indexRowsComeFromTheStoredColumns() {
        List<IndexedName> names = CertificateNames.of("/C=US/O=Acme Widgets, Inc./CN=Shop.Example.COM",
                "00C3A1", "DNS:shop.example.com\nDNS:*.Example.com\nIP:192.0.2.7\nemail:a@b.c");
        assertTrue(names.contains(new IndexedName(NameKind.SERIAL, "C3A1", null)), names.toString());
        assertTrue(names.contains(new IndexedName(NameKind.DNS, "shop.example.com", "com.example.shop")), names.toString());
        assertTrue(names.contains(new IndexedName(NameKind.DNS, "*.example.com", "com.example.*")), names.toString());
        assertTrue(names.contains(new IndexedName(NameKind.IP, "192.0.2.7", null)), names.toString());
        assertTrue(names.contains(new IndexedName(NameKind.SUBJECT, "widgets", null)), names.toString());
        // the issuer's words are kept once per issuer name, not in each certificate's rows
        assertEquals(List.of("cn", "wosign", "ca", "limited", "沃通根证书"), CertificateNames.issuerWords("/C=CN/O=WoSign CA Limited/CN=CA 沃通根证书"));
        // attribute types are not words (C=CN's value is); the CN's DNS name appears once however it was spelled
        assertTrue(names.stream().noneMatch(n -> n.name().equals("o")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.kind() == NameKind.SUBJECT && n.name().equals("cn")), names.toString());
        assertEquals(1, names.stream().filter(n -> n.kind() == NameKind.DNS && n.name().equals("shop.example.com")).count());
    }

    @Test
    void queriesAreReadAsEveryKindTheyCanBe() {
        SearchQuery hex = SearchQuery.parse("00:C3:A1:00:00:00:00:01");
        assertEquals("00c3a10000000001", hex.sha256Prefix());
        assertEquals("C3A10000000001", hex.serial());

        assertEquals("2001:db8:0:0:0:0:0:1", SearchQuery.parse("2001:DB8::1").ipAddress());
        assertEquals("192.0.2.7", SearchQuery.parse("192.0.2.7").ipAddress());
        assertNull(SearchQuery.parse("192.0.2.300").ipAddress());
        assertNull(SearchQuery.parse("1:2:3").ipAddress());
        assertNull(SearchQuery.parse("192.0.2.7").dns());

        assertEquals(new SearchQuery.DnsQuery("www.example.com", SearchQuery.DnsMatch.EXACT), SearchQuery.parse("WWW.Example.com.").dns());
        assertEquals(new SearchQuery.DnsQuery("*.example.com", SearchQuery.DnsMatch.WILDCARD), SearchQuery.parse("*.example.com").dns());
        assertEquals(new SearchQuery.DnsQuery("example.com", SearchQuery.DnsMatch.UNDER), SearchQuery.parse(".example.com").dns());

        assertEquals("X", SearchQuery.parse("Issue X").issueLetter());
        assertEquals("S", SearchQuery.parse("S").issueLetter());
        assertNull(SearchQuery.parse("SHA-1 certificates").issueLetter());
        assertTrue(SearchQuery.parse("Issue X").isIssueName());
        assertTrue(SearchQuery.parse("s").isIssueName());
        assertFalse(SearchQuery.parse("SSL").isIssueName(), "three letters are searched as a word too");
        assertTrue(SearchQuery.parse("Issue -2").isIssueName());
        assertTrue(SearchQuery.parse("issue  0").isIssueName());
        assertFalse(SearchQuery.parse("issue 2016").isIssueName(), "a year is a word");
        assertFalse(SearchQuery.parse("issues -2 to 2").isIssueName());
        assertEquals(List.of("sha-1", "certificates"), SearchQuery.parse("SHA-1  Certificates").terms());
        assertEquals(List.of("widgets", "inc"), SearchQuery.parse("O=Widgets, Inc").words());
    }
}
