package org.casebook.analysis.lints.rfc5280;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.GoUrl;
import org.casebook.analysis.lints.support.MailAddresses;

/** The name-syntax helpers the RFC 5280 lints stand on: public suffix split, URI split, mailbox syntax, DER reading. */
class NameSyntaxTests {

    @Test
    void publicSuffixSplitHandlesMultiLabelWildcardAndExceptionRules() {
        assertEquals(new DomainNames.Parsed("www", "example", "com"), DomainNames.parse("www.example.com"));
        assertEquals(new DomainNames.Parsed("a.b", "shop", "co.uk"), DomainNames.parse("a.b.shop.co.uk"));
        // "*.ck" makes every second-level name under ck a suffix, except www.ck ("!www.ck")
        assertEquals(new DomainNames.Parsed("", "site", "anything.ck"), DomainNames.parse("site.anything.ck"));
        assertEquals(new DomainNames.Parsed("", "www", "ck"), DomainNames.parse("www.ck"));
        assertEquals(new DomainNames.Parsed("", "example", "unlistedtld"), DomainNames.parse("example.unlistedtld"));
        assertNull(DomainNames.parse("co.uk"), "a public suffix alone has no registrable label");
        assertNull(DomainNames.parse(".example.com"));
        // as zlint's Public Suffix library: an empty last label is the (unlisted) suffix, and nothing is left of it
        assertNull(DomainNames.parse("www."));
        assertEquals(new DomainNames.Parsed("a", "", "com"), DomainNames.parse("a..com"));
    }

    @Test
    void fullyQualifiedDomainNameTestIsZlintsLooseOne() {
        assertTrue(DomainNames.isFqdn("example.com"));
        assertTrue(DomainNames.isFqdn("*.example.com"));
        assertTrue(DomainNames.isFqdn("host.example.com:8443"));
        assertFalse(DomainNames.isFqdn("*"));
        assertFalse(DomainNames.isFqdn("localhost"));
        assertFalse(DomainNames.isFqdn("a.*.example.com"));
        assertTrue(DomainNames.isIp("2001:db8::1"));
        assertFalse(DomainNames.isIp("2001:db8::g"));
    }

    @Test
    void uriSplitFollowsGoNetUrl() {
        GoUrl withAuthority = GoUrl.parse("https://user@example.com:8443/path?q#f");
        assertEquals("https", withAuthority.scheme());
        assertEquals("example.com:8443", withAuthority.host());
        assertEquals("example.com", withAuthority.hostName());
        assertTrue(withAuthority.hasUserInfo());
        assertEquals("/path", withAuthority.path());
        assertEquals("mailbox@example.com", GoUrl.parse("mailto:mailbox@example.com").opaque());
        assertEquals("", GoUrl.parse("//example.com/relative").scheme());
        assertTrue(GoUrl.parse(":no-scheme").failed());
        assertTrue(GoUrl.parse("http://bad host/").failed());
        assertTrue(GoUrl.parse("http://example.com/%zz").failed());
    }

    @Test
    void rfc822NameMustBeABareMailbox() {
        assertTrue(MailAddresses.isValid("user.name+tag@example.com"));
        assertTrue(MailAddresses.isValid("\"quoted local\"@example.com"));
        assertFalse(MailAddresses.isValid("<user@example.com>"));
        assertFalse(MailAddresses.isValid("user@example.com(comment)"));
        assertFalse(MailAddresses.isValid("user..name@example.com"));
        assertFalse(MailAddresses.isValid("example.com"));
    }

    @Test
    void derReaderKeepsEncodingsAndRefusesTruncation() {
        Der sequence = Der.parse(new byte[] {0x30, 0x06, 0x01, 0x01, 0x00, 0x02, 0x01, 0x05});
        assertEquals(2, sequence.children().size());
        assertTrue(sequence.children().get(0).isUniversal(Der.BOOLEAN));
        assertEquals(5, sequence.children().get(1).integer().intValue());
        assertEquals(3, sequence.children().get(0).encoded().length);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Der.parse(new byte[] {0x30, 0x05, 0x01}));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Der.parse(new byte[] {0x30, (byte) 0x80, 0x00, 0x00}));
    }
}
