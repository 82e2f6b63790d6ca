package org.casebook.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTests {

    @Test
    void semicolonsNewlinesAndDashesInsideStringsStayInTheirStatement() {
        List<String> statements = SqlScript.statements("""
                -- a comment; with a semicolon
                insert into t (a) values ('one; two
                -- not a comment
                three''s');
                insert into t (a) values ('x'); -- trailing comment
                alter sequence t_SEQ restart with 1000
                """);
        assertEquals(3, statements.size(), statements.toString());
        assertEquals("insert into t (a) values ('one; two\n-- not a comment\nthree''s')", statements.get(0));
        assertEquals("insert into t (a) values ('x')", statements.get(1));
        assertEquals("alter sequence t_SEQ restart with 1000", statements.get(2));
    }

    @Test
    void emptyScriptHasNoStatements() {
        assertEquals(List.of(), SqlScript.statements("\n-- nothing here\n;;\n"));
    }

    @Test
    void unterminatedStringIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SqlScript.statements("insert into t values ('oops);"));
        assertTrue(e.getMessage().contains("unterminated"), e.getMessage());
    }

    @Test
    void theSeedScriptSplitsIntoInsertsThenHistoryThenSequenceRestarts() {
        List<String> statements = SqlScript.statements(CaCertificateSeed.resource(CaseFileSeed.SCRIPT));
        assertTrue(statements.size() > 100, "statements: " + statements.size());
        assertTrue(statements.stream().allMatch(s -> s.startsWith("insert into ") || s.startsWith("alter sequence ")),
                "only inserts and sequence restarts");
        // Every table given explicit ids gets its sequence moved past them, last.
        List<String> tables = statements.stream().filter(s -> s.startsWith("insert into ") && s.contains("(id,"))
                .map(s -> s.substring("insert into ".length(), s.indexOf(' ', "insert into ".length()))).distinct().toList();
        for (String table : tables) {
            assertTrue(statements.contains("alter sequence " + table + "_SEQ restart with 1000"), table);
        }
        assertTrue(statements.get(statements.size() - 1).startsWith("alter sequence "));
    }
}
