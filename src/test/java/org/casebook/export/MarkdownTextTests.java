package org.casebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links in user Markdown survive into exports only when they point at http(s), mailto or a site path. */
class MarkdownTextTests {

    private static List<String> links(String markdown) {
        Node document = Parser.builder().build().parse(MarkdownText.block(markdown, 2));
        List<String> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                out.add(link.getDestination());
            }
        });
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](javascript:alert(1))",
        "[x]( JaVaScRiPt:alert(1))",
        "[x](java&#115;cript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x][r]\n\n   [r]:\n   javascript:alert(1)",
        "[x](\njavascript:alert(1))",
        "<javascript:alert(1)>"})
    void unsafeLinksAreNotLinksInTheExport(String markdown) {
        assertEquals(List.of(), links(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](https://example.com/a)", "[x](mailto:someone@example.com)", "[x](/cas/wosign)",
        "[x][r]\n\n[r]: https://example.com/r"})
    void safeLinksStay(String markdown) {
        List<String> links = links(markdown);
        assertEquals(1, links.size(), links.toString());
        assertTrue(links.get(0).matches("(https://|mailto:|/).*"), links.get(0));
    }
}
