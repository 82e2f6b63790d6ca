package org.casebook.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements: a semicolon ends a statement unless it is inside a quoted
 * string, so Markdown bodies may hold semicolons, newlines and {@code --}.
 */
public final class SqlScript {

    private SqlScript() {
    }

    public static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inString = false;
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\'') {
                    if (i + 1 < script.length() && script.charAt(i + 1) == '\'') {
                        current.append('\'');
                        i++;
                    } else {
                        inString = false;
                    }
                }
            } else if (c == '\'') {
                inString = true;
                current.append(c);
            } else if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
                continue;
            } else if (c == ';') {
                add(out, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
            i++;
        }
        if (inString) {
            throw new IllegalArgumentException("unterminated string literal in the last statement: "
                    + abbreviate(current.toString()));
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    private static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() <= 80 ? stripped : stripped.substring(0, 80) + "...";
    }
}
