package org.casebook.ccadb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CCADB report as published: UTF-8 with or without a byte order mark, RFC 4180 quoting (fields may hold commas,
 * quotes and line breaks), a header row naming the columns. Columns are found by name, so reordered and extra columns
 * are fine; a missing one the import needs is a {@link MissingColumn}. Rows are numbered as a spreadsheet shows them:
 * the header is row 1. Rows with nothing in them are skipped.
 */
public final class CcadbCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
            .get();

    private static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("uuuu.MM.dd");

    /** The header lacks a column the import needs. */
    public static final class MissingColumn extends RuntimeException {
        public final String column;

        MissingColumn(String column) {
            super("the header has no column \"" + column + "\"");
            this.column = column;
        }
    }

    /** A field that does not read as its column's type; the row is rejected with this reason. */
    public static final class BadField extends RuntimeException {
        public BadField(String message) {
            super(message);
        }
    }

    /** One data row; {@link #get} reads a column by its header name, blank as null. */
    public static final class Row {
        private final int number;
        private final CSVRecord record;
        private final Map<String, Integer> columns;

        Row(int number, CSVRecord record, Map<String, Integer> columns) {
            this.number = number;
            this.record = record;
            this.columns = columns;
        }

        public int number() {
            return number;
        }

        /** The field, stripped; null when blank or when the (optional) column is absent. */
        public String get(String column) {
            Integer index = columns.get(normalized(column));
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        /** A {@code YYYY.MM.DD} date (ISO {@code YYYY-MM-DD} read too); null when blank. */
        public LocalDate date(String column) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            try {
                return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, REPORT_DATE);
            } catch (DateTimeParseException e) {
                throw new BadField("\"" + column + "\": '" + value + "' is not a date written YYYY.MM.DD");
            }
        }

        /** An upper- or lower-case hex SHA-256 (colons allowed), as lower-case hex; null when blank. */
        public String sha256(String column) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            String hex = value.replace(":", "").toLowerCase(Locale.ROOT);
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new BadField("\"" + column + "\": '" + value + "' is not a SHA-256 fingerprint (64 hex digits)");
            }
            return hex;
        }

        /** A base64 key identifier as upper-case hex (how stored certificates keep theirs); null when blank. */
        public String keyIdentifier(String column) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            try {
                return HexFormat.of().withUpperCase().formatHex(Base64.getDecoder().decode(value.replaceAll("\\s", "")));
            } catch (IllegalArgumentException e) {
                throw new BadField("\"" + column + "\": '" + value + "' is not base64");
            }
        }

        /** "true"/"false" (also yes/no); null when blank. */
        public Boolean bool(String column) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> throw new BadField("\"" + column + "\": '" + value + "' is neither true nor false");
            };
        }

        boolean blank() {
            for (String value : record) {
                if (!value.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Row> rows;

    private CcadbCsv(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads the whole report, checking the header for {@code required} columns first.
     *
     * @throws MissingColumn naming the first required column the header lacks
     * @throws BadField when the text is not UTF-8 or its quoting is broken (nothing is imported from such a file)
     */
    public static CcadbCsv read(InputStream body, List<String> required) {
        try (Reader reader = withoutByteOrderMark(body); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new MissingColumn(required.isEmpty() ? "(any)" : required.get(0));
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            CSVRecord header = records.next();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(normalized(header.get(i)), i);
            }
            for (String column : required) {
                if (!columns.containsKey(normalized(column))) {
                    throw new MissingColumn(column);
                }
            }
            List<Row> rows = new ArrayList<>();
            int number = 1;
            while (records.hasNext()) {
                Row row = new Row(++number, records.next(), columns);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            return new CcadbCsv(rows);
        } catch (UncheckedIOException e) {
            throw new BadField("the file is not a readable CSV report: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new BadField("the file is not a readable CSV report: " + e.getMessage());
        }
    }

    private static Reader withoutByteOrderMark(InputStream body) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Header names compared without case and surrounding or doubled spaces. */
    static String normalized(String column) {
        return column.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
