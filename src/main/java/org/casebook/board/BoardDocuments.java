package org.casebook.board;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The board as Markdown (a table) and as an Atom feed (one entry per row). */
public final class BoardDocuments {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private BoardDocuments() {
    }

    public static String markdown(List<BoardRow> rows, Instant now, BoardFilter filter) {
        StringBuilder md = new StringBuilder("# What CAs owe\n\n");
        md.append("As of ").append(MINUTE.format(now)).append(": overdue first, then what falls due within 7 days.");
        if (!filter.query().isEmpty()) {
            md.append(" Filtered: `").append(filter.query().substring(1)).append("`.");
        }
        md.append("\n\n");
        if (rows.isEmpty()) {
            return md.append("Nothing is owed.\n").toString();
        }
        md.append("| CA | Issue | Owed | Kind | Since | Due | Overdue |\n|---|---|---|---|---|---|---|\n");
        for (BoardRow row : rows) {
            md.append("| ").append(cell(row.ca()))
                    .append(" | ").append(row.letter() == null ? "" : "[" + row.letter() + "](" + row.link() + ")")
                    .append(" | ").append(cell(row.what()))
                    .append(" | ").append(row.kind())
                    .append(" | ").append(row.since() == null ? "" : MINUTE.format(row.since()))
                    .append(" | ").append(MINUTE.format(row.due()))
                    .append(" | ").append(row.lateness())
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }

    /** An Atom feed whose entries change id when their due date moves, so a reader sees a new deadline as new. */
    public static String atom(List<BoardRow> rows, Instant now, String baseUrl, BoardFilter filter) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", baseUrl + "/board.atom" + filter.query());
            text(xml, "title", "Casebook: what CAs owe");
            text(xml, "updated", now.toString());
            link(xml, "self", baseUrl + "/board.atom" + filter.query());
            link(xml, "alternate", baseUrl + "/board" + filter.query());
            xml.writeStartElement("author");
            text(xml, "name", "Casebook");
            xml.writeEndElement();
            for (BoardRow row : rows) {
                xml.writeStartElement("entry");
                text(xml, "id", baseUrl + row.link() + "#" + row.kind() + "-" + row.due().getEpochSecond() + "-" + Math.abs(row.what().hashCode()));
                text(xml, "title", (row.overdue() ? "Overdue: " : "Due: ") + row.ca() + (row.letter() == null ? "" : " " + row.letter())
                        + ": " + row.what());
                text(xml, "updated", (row.overdue() ? row.due() : row.since() == null ? now : row.since()).toString());
                link(xml, "alternate", baseUrl + row.link());
                text(xml, "summary", row.what() + ", due " + MINUTE.format(row.due())
                        + (row.overdue() ? " (" + row.lateness() + ")" : ""));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the board's feed could not be written", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
