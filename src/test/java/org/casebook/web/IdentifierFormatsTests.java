package org.casebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierFormatsTests {

    @Test
    void aStoredNameSplitsIntoItsRdnsAndTheirTextIsTheNameAsWritten() {
        String dn = "/C=IL/O=StartCom Ltd./OU=Secure Digital Certificate Signing/CN=StartCom Certification Authority";
        List<String> rdns = IdentifierFormats.rdns(dn);
        assertEquals(List.of("/C=IL", "/O=StartCom Ltd.", "/OU=Secure Digital Certificate Signing", "/CN=StartCom Certification Authority"), rdns);
        assertEquals(dn, String.join("", rdns));
        assertEquals("StartCom Certification Authority", IdentifierFormats.commonName(dn));
    }

    @Test
    void aSlashInsideAValueStaysInTheValue() {
        String dn = "/C=US/O=Acme A/S/CN=www.example.com/path";
        assertEquals(List.of("/C=US", "/O=Acme A/S", "/CN=www.example.com/path"), IdentifierFormats.rdns(dn));
        assertEquals("www.example.com/path", IdentifierFormats.commonName(dn));
    }

    @Test
    void aNameTypedInRfc4514OrderSplitsAtItsCommas() {
        String dn = "CN=Other Root, O=Other\\, Inc., C=IL";
        assertEquals(List.of("CN=Other Root, ", "O=Other\\, Inc., ", "C=IL"), IdentifierFormats.rdns(dn));
        assertEquals("Other Root", IdentifierFormats.commonName(dn));
    }

    @Test
    void withoutACommonNameTheLastRdnsValueStandsForTheName() {
        assertEquals("Example Org", IdentifierFormats.commonName("/C=US/O=Example Org"));
        assertEquals("1.2.3.4=#0c0178", String.join("", IdentifierFormats.rdns("1.2.3.4=#0c0178")));
        assertEquals("(empty)", IdentifierFormats.commonName("(empty)"));
        assertFalse(IdentifierFormats.hasMoreThanCommonName("/CN=only"));
        assertTrue(IdentifierFormats.hasMoreThanCommonName("/C=CN/CN=two"));
    }

    @Test
    void onlyHexLongerThanSixteenDigitsIsShortened() {
        assertFalse(IdentifierFormats.shortened("1FCEA7F6A97FE9"));
        assertTrue(IdentifierFormats.shortened("44D13B8DD0F188508D9F7324D90A9F34"));
        assertEquals("44D13B8DD0F18850…", TemplateFormats.shortHex("44D13B8DD0F188508D9F7324D90A9F34"));
    }

    @Test
    void cjkTextGetsTheLanguageItsScriptsSay() {
        assertEquals("zh", TextLanguages.cjkLang("CA 沃通根证书"));
        assertEquals("ja", TextLanguages.cjkLang("セコムトラストシステムズ株式会社"));
        assertEquals("ko", TextLanguages.cjkLang("한국정보인증"));
        assertEquals("", TextLanguages.cjkLang("WoSign CA Limited"));
        assertEquals("", TextLanguages.cjkLang(null));
    }
}
