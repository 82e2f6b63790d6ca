package org.casebook.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.casebook.support.TestCaseFiles;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Parses the exports with commonmark-java and checks their structure against the database. */
@QuarkusTest
class MarkdownExportTests {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Inject
    TestCaseFiles caseFiles;

    private static boolean created;

    @BeforeEach
    void caseFile() {
        if (!created) {
            caseFiles.createCa("mdtest", "Markdown Test CA");
            caseFiles.createCa("mdhostile", "Hostile | # CA");
            caseFiles.setTitle("mdhostile", "F", "Pipes | and # hashes <script>alert(1)</script> [x](javascript:alert(1))",
                    "# Not a top heading\n\nSetext attempt\n---\n\n<img src=x onerror=alert(1)>");
            created = true;
        }
    }

    @Test
    void caExportHasEveryIssueHeadingAndTableRow() {
        Response response = given().get("/cas/mdtest.md");
        response.then().statusCode(200).contentType("text/markdown; charset=UTF-8");
        Node document = PARSER.parse(response.asString());
        List<Heading> headings = headings(document);
        List<String> issueHeadings = headings.stream().filter(h -> h.getLevel() == 2).map(MarkdownExportTests::text)
                .filter(t -> t.startsWith("Issue ")).toList();
        List<String> titles = given().get("/api/cas/mdtest/issues").then().extract().path("title");
        List<String> letters = given().get("/api/cas/mdtest/issues").then().extract().path("letter");
        assertEquals(letters.size(), issueHeadings.size());
        for (int i = 0; i < letters.size(); i++) {
            assertEquals("Issue " + letters.get(i) + ": " + titles.get(i), issueHeadings.get(i));
        }
        List<TableBlock> tables = tables(document);
        TableBlock issueTable = tableAfterHeading(document, "Issues");
        assertEquals(letters.size(), bodyRows(issueTable).size());
        assertEquals(1, bodyRows(tableAfterHeading(document, "Audits")).size());
        assertEquals(1, bodyRows(tableAfterHeading(document, "Cross-signs")).size());
        assertFalse(tables.isEmpty());
    }

    @Test
    void issueExportHasStatementsAsDatedQuotes() {
        String md = given().get("/cas/mdtest/issues/H.md").then().statusCode(200).extract().asString();
        Node document = PARSER.parse(md);
        assertEquals("Issue H: Duplicate serial numbers", text(headings(document).get(0)));
        assertTrue(md.contains("> **25 Aug 2016 — A. Speaker (Test CA) (quoted):**"), md);
        assertTrue(md.contains("| Also known as | “Issue X” |"), md);
    }

    @Test
    void userTextCannotBreakTheDocument() {
        String md = given().get("/cas/mdhostile.md").then().statusCode(200).extract().asString();
        Node document = PARSER.parse(md);
        assertEquals("Hostile | # CA", text(headings(document).get(0)));
        List<String> issueHeadings = headings(document).stream().filter(h -> h.getLevel() == 2).map(MarkdownExportTests::text)
                .filter(t -> t.startsWith("Issue ")).toList();
        assertEquals(3, issueHeadings.size(), issueHeadings.toString());
        assertEquals("Issue F: Pipes | and # hashes <script>alert(1)</script> [x](javascript:alert(1))", issueHeadings.get(1));
        assertEquals(3, bodyRows(tableAfterHeading(document, "Issues")).size());
        assertFalse(md.contains("<script>"));
        assertFalse(md.contains("<img"));
        // The body's own headings sit below the issue heading.
        assertTrue(headings(document).stream().filter(h -> text(h).equals("Not a top heading")).allMatch(h -> h.getLevel() > 2));
        // A setext heading in the text stays a heading, as on the page, but also below the issue heading.
        assertTrue(headings(document).stream().filter(h -> text(h).equals("Setext attempt")).allMatch(h -> h.getLevel() > 2));
    }

    private static List<Heading> headings(Node document) {
        List<Heading> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                out.add(heading);
            }
        });
        return out;
    }

    private static List<TableBlock> tables(Node document) {
        List<TableBlock> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    out.add(table);
                }
            }
        });
        return out;
    }

    private static TableBlock tableAfterHeading(Node document, String heading) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && text(h).equals(heading)) {
                for (Node next = node.getNext(); next != null; next = next.getNext()) {
                    if (next instanceof TableBlock table) {
                        return table;
                    }
                }
            }
        }
        throw new AssertionError("no table after heading " + heading);
    }

    private static List<TableRow> bodyRows(TableBlock table) {
        List<TableRow> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableBody) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    rows.add((TableRow) row);
                }
            }
        }
        return rows;
    }

    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return out.toString();
    }
}
