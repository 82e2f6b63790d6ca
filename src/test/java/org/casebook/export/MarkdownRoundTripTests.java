package org.casebook.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.support.TestCaseFiles;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Markdown exports read as the text they were made from (issue 15, item 5): each export is parsed with CommonMark
 * (GFM tables, as the pages render it), its text taken back out, and compared with the fields it came from; a hostile
 * title stays one text, never markup.
 */
@QuarkusTest
class MarkdownRoundTripTests {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Inject
    TestCaseFiles caseFiles;

    /** The text a reader sees in a node: text and code as written, line breaks as spaces, whitespace collapsed. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    static String normal(String source) {
        return source.replaceAll("\\s+", " ").strip();
    }

    /** Markup found inside a node: what a plain text field must never turn into. */
    static List<String> markupIn(Node node) {
        List<String> found = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Emphasis emphasis) {
                found.add("emphasis");
            }

            @Override
            public void visit(StrongEmphasis strong) {
                found.add("strong");
            }

            @Override
            public void visit(Link link) {
                found.add("link");
            }

            @Override
            public void visit(Code code) {
                found.add("code");
            }

            @Override
            public void visit(HtmlInline html) {
                found.add("html");
            }
        });
        return found;
    }

    static <T extends Node> List<T> all(Node document, Class<T> type) {
        List<T> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    if (type.isInstance(child)) {
                        out.add(type.cast(child));
                    }
                    child.accept(this);
                }
            }

            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                visitChildren(node);
            }
        });
        return out;
    }

    /** The second cell of the facts-table row whose first cell is {@code name}. */
    static String fact(Node document, String name) {
        for (TableRow row : all(document, TableRow.class)) {
            List<TableCell> cells = all(row, TableCell.class);
            if (cells.size() == 2 && text(cells.get(0)).equals(name)) {
                return text(cells.get(1));
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void everySeededIssueExportReadsAsItsFields() {
        List<Map<String, Object>> issues = given().get("/api/cas/wosign/issues").then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(issues.size() >= 13, "the seed has 13 WoSign issues");
        String caName = given().get("/api/cas/wosign").then().statusCode(200).extract().path("name");
        for (Map<String, Object> summary : issues) {
            String letter = (String) summary.get("letter");
            JsonPath issue = given().get("/api/cas/wosign/issues/" + letter).then().statusCode(200).extract().jsonPath();
            String md = given().get("/cas/wosign/issues/" + letter + ".md").then().statusCode(200).extract().asString();
            Node document = PARSER.parse(md);
            Heading heading = all(document, Heading.class).get(0);
            assertEquals("Issue " + letter + ": " + normal(issue.getString("title")), text(heading), md);
            assertEquals(List.of(), markupIn(heading), letter);
            List<String> aliases = issue.getList("aliases");
            if (aliases != null && !aliases.isEmpty()) {
                assertEquals(String.join(", ", aliases.stream().map(a -> "“" + a + "”").toList()), fact(document, "Also known as"), letter);
            }
            assertEquals(caName, fact(document, "CA"), letter);
            // Every statement's text, quoted line by line, reads as it was written.
            List<String> quoted = all(document, BlockQuote.class).stream().map(MarkdownRoundTripTests::text).toList();
            for (Map<String, Object> statement : issue.<Map<String, Object>>getList("statements")) {
                String text = normal((String) statement.get("text"));
                assertTrue(quoted.stream().anyMatch(q -> q.contains(text)), letter + ": statement not read back: " + text + "\n" + quoted);
                if (statement.get("speaker") != null) {
                    String speaker = normal((String) statement.get("speaker"));
                    assertTrue(quoted.stream().anyMatch(q -> q.contains(" — " + speaker + " (")), letter + ": speaker " + speaker);
                }
            }
            // No escape a reader would see in the raw Markdown where nothing needed it.
            assertFalse(md.contains("\\-") || md.contains("\\.") || md.contains("\\(") || md.contains("\\!"), letter + "\n" + md);
        }
        String caMd = given().get("/cas/wosign.md").then().statusCode(200).extract().asString();
        assertTrue(caMd.contains("Long-lived SHA-1 certificates"), caMd);
        Node ca = PARSER.parse(caMd);
        List<String> cells = all(ca, TableCell.class).stream().map(MarkdownRoundTripTests::text).toList();
        for (Map<String, Object> summary : issues) {
            assertTrue(cells.contains(normal((String) summary.get("title"))), "CA export table lacks " + summary.get("title"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"*a*", "**bold** and _under_", "[x](y)", "![img](http://example.com/x.png)", "# h", "## h ##", "1. x", "2) y",
        "a|b", "<script>alert(1)</script>", "<b>bold</b>", "back\\slash \\* and \\", "`code` and ``two``", "- leading dash",
        "+ plus", "> quote", "---", "===", "***", "~~~ fence", "&amp; &#65; & plain", "snake_case_name", "5 * 3 = 15", "x #",
        "    four spaces", "Issue -2", "Long-lived SHA-1 certificates", "[link]: /ref", "a\\|b", "<http://example.com>"})
    void hostileTitlesStayOneText(String title) {
        caseFiles.ensureCa("mdround", "Round Trip CA");
        caseFiles.setTitle("mdround", "F", title, "Body.");
        String md = given().get("/cas/mdround/issues/F.md").then().statusCode(200).extract().asString();
        Node document = PARSER.parse(md);
        Heading heading = all(document, Heading.class).get(0);
        assertEquals(1, heading.getLevel(), md);
        assertEquals("Issue F: " + normal(title), text(heading), md);
        assertEquals(List.of(), markupIn(heading), md);

        String caMd = given().get("/cas/mdround.md").then().statusCode(200).extract().asString();
        Node ca = PARSER.parse(caMd);
        List<TableBlock> tables = all(ca, TableBlock.class);
        assertFalse(tables.isEmpty());
        List<String> cells = all(ca, TableCell.class).stream().map(MarkdownRoundTripTests::text).toList();
        assertTrue(cells.contains(normal(title)), cells + "\n" + caMd);
        assertTrue(all(ca, Heading.class).stream().anyMatch(h -> text(h).equals("Issue F: " + normal(title))), caMd);
    }

    @Test
    void escapesOnlyWhatWouldBeMarkup() {
        assertEquals("Long-lived SHA-1 certificates", MarkdownText.inline("Long-lived SHA-1 certificates"));
        assertEquals("Issue -2", MarkdownText.cell("Issue -2"));
        assertEquals("A. Speaker (Test CA)", MarkdownText.inline("A. Speaker (Test CA)"));
        assertEquals("snake_case and 5 * 3", MarkdownText.inline("snake_case and 5 * 3"));
        assertEquals("\\- leading", MarkdownText.inline("- leading"));
        assertEquals("- leading", MarkdownText.cell("- leading"));
        assertEquals("1\\. x", MarkdownText.inline("1. x"));
        assertEquals("a\\|b", MarkdownText.cell("a|b"));
        assertEquals("a|b", MarkdownText.inline("a|b"));
        assertEquals("\\*a\\*", MarkdownText.inline("*a*"));
        assertEquals("&lt;script>", MarkdownText.inline("<script>"));
        assertEquals("a < b", MarkdownText.inline("a < b"));
        assertEquals("\\&amp; & b", MarkdownText.inline("&amp; & b"));
    }
}
