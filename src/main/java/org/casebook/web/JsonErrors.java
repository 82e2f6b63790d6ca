package org.casebook.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;

/**
 * Jackson's failures as a detail that names the field first and says what was wrong:
 * {@code "aliases[1]: must be a string, not the number 7"}, {@code "request body: not valid JSON at line 2, column 9: ..."}.
 * Problems of the document as a whole name {@value #WHOLE_BODY}.
 */
public final class JsonErrors {

    public static final String WHOLE_BODY = "request body";

    private JsonErrors() {
    }

    /** The JSON failure in {@code e} or its causes, if there is one. */
    public static JsonProcessingException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    public static String describe(JsonProcessingException e) {
        StreamConstraintsException limit = constraint(e);
        if (limit != null) {
            String where = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " (at " + path(m) + ")" : "";
            return WHOLE_BODY + ": nested deeper than " + StrictJson.MAX_NESTING_DEPTH + " arrays and objects" + where;
        }
        if (e instanceof MismatchedInputException m) {
            String field = m.getPath().isEmpty() ? WHOLE_BODY : path(m);
            String message = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
            if (message.startsWith("Trailing token")) {
                return WHOLE_BODY + ": unexpected content after the JSON value; send exactly one JSON object";
            }
            if (m instanceof StrictJson.TextRuleException) {
                return field + ": " + message;
            }
            return field + ": must be " + expected(m.getTargetType()) + ", not " + got(m);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            // A syntax error inside a field's value (an unescaped control character, say): name the field.
            JsonProcessingException syntax = m.getCause() instanceof JsonProcessingException cause ? cause : m;
            return path(m) + ": not valid JSON" + location(syntax) + ": " + firstLine(syntax.getOriginalMessage());
        }
        return WHOLE_BODY + ": not valid JSON" + location(e) + ": " + firstLine(e.getOriginalMessage());
    }

    private static String location(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static StreamConstraintsException constraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    /** "title", "aliases[0]", "timeline[2].at". */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? WHOLE_BODY : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == String.class || type == Character.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String got(MismatchedInputException e) {
        JsonToken token = e.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
        if (token == null) {
            return "what was sent";
        }
        try {
            JsonParser p = (JsonParser) e.getProcessor();
            return switch (token) {
                case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
                case START_ARRAY, END_ARRAY -> "an array";
                case VALUE_STRING -> "the string '" + shortened(p.getText()) + "'";
                case VALUE_NUMBER_INT -> "the whole number " + shortened(p.getText());
                case VALUE_NUMBER_FLOAT -> "the fraction " + shortened(p.getText());
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                default -> "what was sent";
            };
        } catch (java.io.IOException ex) {
            return "what was sent";
        }
    }

    private static String shortened(String text) {
        String printable = text.codePoints().map(c -> Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        // Jackson appends where the input came from ("[Source: ...]"), which says nothing to a client.
        int source = line.indexOf("[Source:");
        if (source >= 0) {
            line = line.substring(0, source).replaceAll("[\\s(]+$", "");
        }
        return line.strip();
    }
}
