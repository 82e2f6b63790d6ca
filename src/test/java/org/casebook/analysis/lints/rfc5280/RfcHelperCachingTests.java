package org.casebook.analysis.lints.rfc5280;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.Names;
import org.casebook.analysis.lints.support.ValidityTimes;

/**
 * The shortcuts the RFC 5280 helpers take to stay cheap per certificate: TLVs read in place and once,
 * values decoded once per view, and the faster forms of two computations checked against their plain definitions.
 */
class RfcHelperCachingTests {

    @Test
    void derChildrenAreReadOnceAndCannotBeChanged() {
        Der sequence = Der.parse(new byte[] {0x30, 0x06, 0x01, 0x01, (byte) 0xff, 0x06, 0x01, 0x2a});
        List<Der> children = sequence.children();
        assertSame(children, sequence.children());
        assertThrows(UnsupportedOperationException.class, () -> children.add(children.get(0)));
        assertEquals(new ASN1ObjectIdentifier("1.2"), children.get(1).oid());
        assertSame(children.get(1).oid(), children.get(1).oid());
        assertEquals(0xff, children.get(0).contentByte(0));
        assertThrows(IllegalArgumentException.class, () -> Der.parse(new byte[] {0x26, 0x01, 0x2a}).oid(), "a constructed OID is no OID");
    }

    @Test
    void anOctetStringsPayloadIsReadOnlyWithinItsOwnLength() {
        // OCTET STRING of 2 octets whose payload claims 3 content octets; the INTEGER after it must not be borrowed
        Der outer = Der.parse(new byte[] {0x30, 0x07, 0x04, 0x02, 0x04, 0x03, 0x02, 0x01, 0x05});
        Der octets = outer.children().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, octets::parseContent);
        assertEquals("truncated: TLV needs 3 content octets, 0 left", e.getMessage());
        Der wrapped = Der.parse(new byte[] {0x04, 0x03, 0x02, 0x01, 0x07, 0x00});
        assertEquals(7, wrapped.parseContent().integer().intValue());
        assertEquals(3, wrapped.parseContent().encoded().length);
    }

    @Test
    void identicalEncodingsCompareEqualWhereverTheyLie() {
        Der outer = Der.parse(new byte[] {0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x05});
        assertEquals(true, outer.children().get(0).sameEncoding(outer.children().get(1)));
        assertEquals(false, outer.sameEncoding(outer.children().get(1)));
    }

    @Test
    void derivedValuesAreComputedOncePerViewAndReadOnly() throws Exception {
        byte[] der = TestPki.certificate().subject("C=US,O=Example,CN=www.example.com").dnsNames("www.example.com", "a.example.co.uk").der();
        CertificateView view = CertificateParser.parseLenient(der);
        List<String> names = GeneralNameList.sanDnsNames(view);
        assertEquals(List.of("www.example.com", "a.example.co.uk"), names);
        assertSame(names, GeneralNameList.sanDnsNames(view));
        assertThrows(UnsupportedOperationException.class, () -> names.add("x"));
        List<DomainNames.Parsed> parsed = DnsNameLint.parsedSanDnsNames(view);
        assertEquals(List.of(new DomainNames.Parsed("www", "example", "com"), new DomainNames.Parsed("a", "example", "co.uk")), parsed);
        assertSame(parsed, DnsNameLint.parsedSanDnsNames(view));
        assertSame(ValidityTimes.of(view), ValidityTimes.of(view));
        assertEquals("www.example.com", Names.commonName(view));

        CertificateView other = CertificateParser.parseLenient(der);
        assertNotSame(names, GeneralNameList.sanDnsNames(other));
        assertEquals(names, GeneralNameList.sanDnsNames(other));
    }

    @Test
    void keyUsageFitsCombinedPurposesExactlyWhenItIsAUnionOfAllowedMasks() {
        List<KeyPurposeId> known = new ArrayList<>(KeyUsageAndExtendedKeyUsageInconsistent.CONSISTENT.keySet());
        known.add(KeyPurposeId.id_kp_smartcardlogon); // no masks of its own
        for (int subset = 1; subset < 1 << known.size(); subset++) {
            List<KeyPurposeId> purposes = new ArrayList<>();
            for (int i = 0; i < known.size(); i++) {
                if ((subset & (1 << i)) != 0) {
                    purposes.add(known.get(i));
                }
            }
            Set<Integer> unions = unionsOfNonEmptySubsets(purposes);
            for (int keyUsage = 0; keyUsage < 512; keyUsage++) {
                assertEquals(unions.contains(keyUsage), KeyUsageAndExtendedKeyUsageInconsistent.fitsCombination(keyUsage, purposes),
                        "key usage " + keyUsage + " with " + purposes);
            }
        }
    }

    private static Set<Integer> unionsOfNonEmptySubsets(List<KeyPurposeId> purposes) {
        Set<Integer> unions = new HashSet<>();
        for (KeyPurposeId purpose : purposes) {
            for (int allowed : KeyUsageAndExtendedKeyUsageInconsistent.CONSISTENT.getOrDefault(purpose, Set.of())) {
                Set<Integer> widened = new HashSet<>();
                for (int existing : unions) {
                    widened.add(existing | allowed);
                }
                unions.addAll(widened);
                unions.add(allowed);
            }
        }
        return unions;
    }

    @Provide
    Arbitrary<String> dottedNames() {
        Arbitrary<String> label = Arbitraries.of("", "www", "Example", "co", "uk", "ck", "kawasaki", "jp", "city", "com",
                "-x", "_y", "xn--bcher-kva", "bd", "unlistedtld", "İ");
        return label.list().ofMinSize(0).ofMaxSize(6).map(labels -> String.join(".", labels));
    }

    @Property(tries = 400)
    void aPublicSuffixSplitPutsTheNameBackTogether(@ForAll("dottedNames") String name) {
        DomainNames.Parsed parsed = DomainNames.parse(name);
        if (parsed == null) {
            return;
        }
        String rebuilt = (parsed.trd().isEmpty() ? "" : parsed.trd() + ".") + parsed.sld() + (parsed.tld().isEmpty() ? "" : "." + parsed.tld());
        assertEquals(name.toLowerCase(Locale.ROOT), rebuilt);
        assertFalse(parsed.sld().contains("."), parsed.toString());
        assertFalse(parsed.tld().isEmpty(), parsed.toString());
    }
}
