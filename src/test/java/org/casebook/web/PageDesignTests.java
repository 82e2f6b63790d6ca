package org.casebook.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The seeded WoSign case page through the design's tags: DNs by RDN, identifiers short and whole, lang on Chinese. */
@QuarkusTest
class PageDesignTests {

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void crossSignNamesShowTheirCnWithTheFullNameByRdnOneClickAway() {
        Document page = page("/cas/wosign");
        Element target = page.selectFirst("table.cross-signs tbody tr details.dn:has(summary:containsOwn(沃通根证书))");
        assertTrue(target != null, page.select("table.cross-signs").outerHtml());
        assertEquals("CA 沃通根证书", target.selectFirst("summary").text());
        assertEquals(List.of("/C=CN", "/O=WoSign CA Limited", "/CN=CA 沃通根证书"), target.select(".rdn").eachText());
        assertEquals("zh", target.selectFirst("summary").attr("lang"));
        assertEquals("zh", target.select(".rdn").last().attr("lang"));
        assertEquals("", target.select(".rdn").first().attr("lang"), "ASCII RDNs stay in the page's English");
    }

    @Test
    void caCertificatesShowTheirSerialShortWithTheWholeValueBeside() {
        Document page = page("/cas/wosign");
        List<Element> shortened = page.select("#certificates + table details.ident");
        assertFalse(shortened.isEmpty(), page.select("#certificates + table").outerHtml());
        for (Element ident : shortened) {
            String full = ident.selectFirst("code.ident-full").text();
            String shown = ident.selectFirst("summary code").text();
            assertTrue(full.length() > 16 && shown.equals(full.substring(0, 16) + "…"), shown + " / " + full);
        }
        for (Element subject : page.select("#certificates + table a.dn")) {
            assertTrue(subject.attr("href").matches("/certificates/[0-9a-f]{64}"), subject.outerHtml());
        }
    }

    @Test
    void casePagesCarryAPrintHeaderAndNoInlineStyle() {
        Document page = page("/cas/wosign");
        assertTrue(page.selectFirst("#print-header").text().startsWith("Casebook · WoSign"), page.selectFirst("#print-header").text());
        assertTrue(page.select("[style], style, script").isEmpty(), "the Content-Security-Policy allows no inline style or script");
        assertTrue(page.select("nav:not([aria-label])").isEmpty(), "every nav landmark is named");
    }
}
