package org.casebook.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.casebook.support.FormSession;
import org.casebook.support.TestCaseFiles;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * HTML and Markdown payloads in every text field, then every page and export that shows them: the pages
 * (read with jsoup) show them as text, and the Markdown exports stay safe even through a renderer that
 * passes raw HTML (commonmark's default), the way many Markdown viewers do.
 */
@QuarkusTest
class EscapingTests {

    /** Each field gets this with its name in it, so that the test can find where each one shows. */
    static String payload(String field) {
        return "<script>alert('" + field + "')</script><img src=x onerror=alert(1)>\"'><b>" + field
                + "</b> [x](javascript:alert(1)) | **" + field + "**";
    }

    private static final String URL = "https://example.com/a'onmouseover='alert(1)";

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void payloadsInEveryTextFieldShowAsTextOnPagesAndInExports() {
        caseFiles.user("xmanager", "manager", "reviewer");
        RequestSpecification manager = given().auth().preemptive().basic("xmanager", "xmanager-pw").contentType(ContentType.JSON);
        String slug = "escaping";
        if (given().get("/api/cas/" + slug).statusCode() == 404) {
            manager.body(json("slug", slug, "name", payload("caName"), "website", URL, "description", payload("caDescription")))
                    .post("/api/cas").then().statusCode(201);
            String letter = given().auth().preemptive().basic("xmanager", "xmanager-pw").contentType(ContentType.JSON)
                    .body(json("title", payload("title"))).post("/api/cas/" + slug + "/issues").then().statusCode(201).extract().path("letter");
            assertEquals("N", letter);
            send("PUT", "/api/cas/" + slug + "/issues/N", json("title", payload("title"), "body", payload("body"),
                    "assessment", payload("assessment"), "periodStart", "2016-01"), 200);
            send("PATCH", "/api/cas/" + slug + "/issues/N", "{\"aliases\":[" + quote(payload("alias")) + "]}", 200);
            send("POST", "/api/cas/" + slug + "/issues/N/statements", json("speaker", payload("speaker"), "text", payload("statement"),
                    "kind", "quotation", "sourceUrl", URL), 201);
            send("POST", "/api/cas/" + slug + "/issues/N/references", json("title", payload("reference"), "url", URL), 201);
            send("POST", "/api/cas/" + slug + "/issues/N/credits", json("person", payload("person"), "contribution", payload("contribution")), 201);
            send("POST", "/api/cas/" + slug + "/issues/N/comments", json("text", payload("comment")), 201);
            send("POST", "/api/cas/" + slug + "/ownership", json("effectiveOn", "2015-11-01", "newOwner", payload("newOwner"),
                    "share", "<b>1</b>", "disclosedAs", payload("disclosedAs")), 201);
            send("POST", "/api/cas/" + slug + "/audits", "{\"auditor\":" + quote(payload("auditor")) + ",\"standard\":"
                    + quote(payload("standard")) + ",\"reported\":" + quote(payload("reported")) + ",\"url\":" + quote(URL)
                    + ",\"missedIssues\":[\"N\"]}", 201);
            send("POST", "/api/cas/" + slug + "/cross-signs", json("target", payload("target"), "source", payload("source"),
                    "sourceOwner", payload("sourceOwner"), "comment", payload("crossSignComment"), "revocationSource",
                    payload("revocationSource")), 201);
        }
        List<String> plainFields = List.of("caName", "title", "alias", "speaker", "statement", "reference", "person", "contribution",
                "newOwner", "disclosedAs", "auditor", "standard", "reported", "target", "source", "sourceOwner", "crossSignComment",
                "revocationSource");
        FormSession signedIn = FormSession.signIn("xmanager", "xmanager-pw");
        List<String> pages = List.of("/", "/cas/" + slug, "/cas/" + slug + "/issues/N", "/cas/" + slug + "/issues/N/history",
                "/cas/" + slug + "/history", "/cas/" + slug + "/edit", "/cas/" + slug + "/issues/N/edit");
        StringBuilder allText = new StringBuilder();
        for (String path : pages) {
            var response = signedIn.get(path);
            assertEquals(200, response.statusCode(), path);
            Document page = Jsoup.parse(response.asString());
            assertSafe(path, page);
            allText.append(page.text()).append('\n');
        }
        // Plain-text fields show their payload character for character.
        for (String field : plainFields) {
            assertTrue(allText.toString().contains("<script>alert('" + field + "')</script>"), field + " is not shown as text");
            assertTrue(allText.toString().contains("**" + field + "**"), field + "'s Markdown is not shown as text");
        }
        // Markdown fields show their HTML as text (a line opening with <script> is an HTML block: all of it text).
        Document issuePage = Jsoup.parse(given().get("/cas/" + slug + "/issues/N").asString());
        for (String field : List.of("body", "assessment")) {
            assertTrue(issuePage.select("section.prose").text().contains("<script>alert('" + field + "')</script>"), field);
        }
        assertTrue(issuePage.select(".comment .prose").text().contains("<script>alert('comment')</script>"));
        assertTrue(Jsoup.parse(given().get("/cas/" + slug).asString()).select(".prose").text()
                .contains("<script>alert('caDescription')</script>"));

        for (String path : List.of("/cas/" + slug + ".md", "/cas/" + slug + "/issues/N.md")) {
            String markdown = given().get(path).then().statusCode(200).extract().asString();
            Node document = Parser.builder().extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build().parse(markdown);
            List<String> problems = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(HtmlInline html) {
                    problems.add("raw inline HTML " + html.getLiteral());
                }

                @Override
                public void visit(HtmlBlock html) {
                    problems.add("raw HTML block " + html.getLiteral());
                }

                @Override
                public void visit(Link link) {
                    if (!link.getDestination().startsWith("https://") && !link.getDestination().startsWith("/")) {
                        problems.add("link to " + link.getDestination());
                    }
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    problems.add("image " + image.getDestination());
                }
            });
            assertTrue(problems.isEmpty(), path + ": " + problems);
            String html = HtmlRenderer.builder().extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build()
                    .render(document);
            Document rendered = Jsoup.parse(html);
            assertSafe(path, rendered);
            for (String field : List.of("title", "speaker", "statement", "reference", "person")) {
                assertTrue(rendered.text().contains("<script>alert('" + field + "')</script>"), path + ": " + field + " not shown as text");
            }
            assertTrue(rendered.text().contains("<script>alert('body')</script>"), path + ": body's HTML not shown as text");
        }
    }

    /** The page shows what the export's Markdown renders to: the export carries the source of the page's text. */
    @Test
    void theExportCarriesTheMarkdownThePageRenders() {
        if (given().get("/api/cas/export-source").statusCode() == 404) {
            caseFiles.createCa("export-source", "Export Source CA");
        }
        String body = "Intro with *emphasis*, a [link](https://example.com/x) and <b>raw</b> HTML.\n\n"
                + "# A heading in the text\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | <i>2</i> |\n\n"
                + "```\n<code> stays\n```\n\nTitle\n=====\n";
        caseFiles.setTitle("export-source", "F", "Source check", body);
        Document page = Jsoup.parse(given().get("/cas/export-source/issues/F").asString());
        String markdown = given().get("/cas/export-source/issues/F.md").asString();
        int start = markdown.indexOf("\n## Description\n");
        assertTrue(start >= 0, markdown);
        int end = markdown.indexOf("\n## ", start + 5);
        String section = markdown.substring(start + "\n## Description\n".length(), end < 0 ? markdown.length() : end);
        Document fromExport = Jsoup.parse(MarkdownHtml.render(section));
        assertEquals(page.selectFirst("section.prose").text(), fromExport.body().text());
        assertEquals(page.select("section.prose table td").eachText(), fromExport.select("table td").eachText());
        assertEquals(page.select("section.prose a").eachAttr("href"), fromExport.select("a").eachAttr("href"));
    }

    private static void assertSafe(String where, Document page) {
        assertTrue(page.select("script").isEmpty(), where + ": a script element");
        assertTrue(page.select("img[src=x]").isEmpty(), where + ": an injected image");
        assertTrue(page.select("b").isEmpty(), where + ": an injected <b>");
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertTrue(!attribute.getKey().toLowerCase().startsWith("on"), where + ": event handler " + attribute + " on " + element.tagName());
                assertTrue(!attribute.getValue().strip().toLowerCase().startsWith("javascript:"), where + ": " + attribute);
            }
        }
    }

    private static void send(String method, String path, String body, int status) {
        given().auth().preemptive().basic("xmanager", "xmanager-pw").contentType(ContentType.JSON).body(body).request(method, path)
                .then().statusCode(status);
    }

    private static String json(String... keyValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < keyValues.length; i += 2) {
            out.append(i == 0 ? "" : ",").append(quote(keyValues[i])).append(':').append(quote(keyValues[i + 1]));
        }
        return out.append('}').toString();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
