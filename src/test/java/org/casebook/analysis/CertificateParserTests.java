package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateParserTests {

    private static byte[] corpusDer(String file) {
        return PemBlocks.extract(ZlintCorpus.resource("zlint/testdata/" + file)).get(0).der();
    }

    @Test
    void lenientParseAcceptsEveryCertificateOfTheZlintCorpus() {
        List<String> refused = new ArrayList<>();
        int parsed = 0;
        for (String file : ZlintCorpus.expectedRows().stream().map(ZlintCorpus.Row::file).distinct().toList()) {
            for (PemBlocks.Block block : PemBlocks.extract(ZlintCorpus.resource("zlint/testdata/" + file))) {
                if (block.label().equals("CERTIFICATE") && block.decoded()) {
                    try {
                        CertificateParser.parseLenient(block.der());
                        parsed++;
                    } catch (CertificateParseException e) {
                        refused.add(file + ": " + e.getMessage());
                    }
                    break;
                }
            }
        }
        assertTrue(parsed > 1000, "parsed " + parsed);
        assertTrue(refused.isEmpty(), String.join("\n", refused));
    }

    @Test
    void emptyIssuerIsRefusedStrictlyAndReadLeniently() throws Exception {
        byte[] der = corpusDer("subExtKeyUsageServerAuth.pem");
        CertificateParseException e = assertThrows(CertificateParseException.class, () -> CertificateParser.parseDer(der));
        assertTrue(e.getMessage().contains("issuer name is empty"), e.getMessage());
        assertEquals(0, CertificateParser.parseLenient(der).issuer().getRDNs().length);
    }

    @Test
    void repeatedExtensionIsRefusedStrictlyAndKeptLeniently() throws Exception {
        byte[] der = corpusDer("extSANDuplicated.pem");
        CertificateParseException e = assertThrows(CertificateParseException.class, () -> CertificateParser.parseDer(der));
        assertTrue(e.getMessage().contains("2.5.29.17 appears more than once"), e.getMessage());
        CertificateView view = CertificateParser.parseLenient(der);
        long sans = view.extensionOids().stream().filter(org.bouncycastle.asn1.x509.Extension.subjectAlternativeName::equals).count();
        assertEquals(2, sans);
    }

    @Test
    void versionThatContradictsTheFieldsIsKeptAsWritten() throws Exception {
        // despite its name, this corpus certificate says version 1 and carries extensions
        CertificateView v1WithExtensions = CertificateParser.parseLenient(corpusDer("certVersion2WithExtension.pem"));
        assertEquals(1, v1WithExtensions.version());
        assertNotNull(v1WithExtensions.extensions());
        assertEquals(1, CertificateParser.parseLenient(corpusDer("uniqueIdVersion1.pem")).version());
    }

    @Test
    void trailingBytesAreRefusedInBothModes() {
        byte[] der = corpusDer("subKeyUsageValid.pem");
        byte[] longer = java.util.Arrays.copyOf(der, der.length + 3);
        assertTrue(assertThrows(CertificateParseException.class, () -> CertificateParser.parseLenient(longer)).getMessage().contains("trailing"));
        assertTrue(assertThrows(CertificateParseException.class, () -> CertificateParser.parseDer(longer)).getMessage().contains("trailing"));
    }

    @Test
    void pemWithTextAroundIsReadButGarbageAfterTheDerInsideIsNot() throws Exception {
        byte[] der = corpusDer("subKeyUsageValid.pem");
        String withText = "Certificate:\n    Data: (as openssl x509 -text prints)\n" + org.casebook.testpki.TestPki.toPem(der) + "trailing notes\n";
        List<PemBlocks.Block> blocks = PemBlocks.extract(withText);
        assertEquals(1, blocks.size());
        assertNotNull(CertificateParser.parseDer(blocks.get(0).der()));

        byte[] withGarbage = java.util.Arrays.copyOf(der, der.length + 2);
        withGarbage[der.length] = 0x13;
        withGarbage[der.length + 1] = 0x37;
        byte[] decoded = PemBlocks.extract(org.casebook.testpki.TestPki.toPem(withGarbage)).get(0).der();
        CertificateParseException e = assertThrows(CertificateParseException.class, () -> CertificateParser.parseDer(decoded));
        assertEquals("trailing bytes: 2 byte(s) after the outermost element at offset " + der.length, e.getMessage());
    }
}
