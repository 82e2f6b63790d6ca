package org.casebook.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading what people send (JSON bodies and form fields alike) into model values, with errors that name
 * the field at fault: {@code "effectiveOn: '2016-13-01' is not a date like 2016-09-19"}.
 */
public final class Inputs {

    private Inputs() {
    }

    /** Bean Validation of an input record; violations become one 400 naming every field at fault. */
    public static <T> T valid(Validator validator, T input, String what) {
        if (input == null) {
            throw ApiException.badRequest("body: expected " + what);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    /** "title: must not be blank; url: must be an http:// or https:// URL". */
    public static String describe(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(Inputs::describe).sorted().collect(Collectors.joining("; "));
    }

    static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "create.arg1.title" or "aliases[0].<list element>": keep the field, drop method and argument names.
        String[] parts = path.split("\\.");
        String field = Arrays.stream(parts).filter(p -> !p.startsWith("<") && !p.matches("arg\\d+") && !p.isEmpty())
                .reduce((a, b) -> b).orElse(path);
        if (parts.length > 1 && parts[parts.length - 1].startsWith("<") && parts.length >= 2) {
            field = parts[parts.length - 2];
        }
        return field + ": " + violation.getMessage();
    }

    /** A message for a form page: what {@link ApiExceptionMappers} would put in "detail". */
    public static String messageOf(RuntimeException e) {
        if (e instanceof ConstraintViolationException violations) {
            return describe(violations);
        }
        return e.getMessage();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static LocalDate date(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field + ": '" + v + "' is not a date like 2016-09-19");
        }
        if (!DateRange.contains(date)) {
            throw ApiException.badRequest(field + ": '" + v + "' is not " + DateRange.DESCRIPTION);
        }
        return date;
    }

    public static LocalDate requiredDate(String field, String value) {
        LocalDate date = date(field, value);
        if (date == null) {
            throw ApiException.badRequest(field + ": must not be blank");
        }
        return date;
    }

    /** An instant ("2019-12-31T23:59:59Z") or a day, read as its last second in UTC. */
    public static Instant instantOrDay(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        Instant instant;
        try {
            instant = v.length() == 10 ? LocalDate.parse(v).atTime(23, 59, 59).toInstant(java.time.ZoneOffset.UTC) : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field + ": '" + v + "' is not a time like 2019-12-31T23:59:59Z or a date like 2019-12-31");
        }
        if (!DateRange.contains(instant)) {
            throw ApiException.badRequest(field + ": '" + v + "' is not " + DateRange.DESCRIPTION);
        }
        return instant;
    }

    /**
     * A UTC time such as {@code 2016-09-04T10:00Z} or {@code 2016-09-04T10:00:00Z}: the trailing Z is required, so
     * a local time or another offset is refused instead of being read in some zone.
     */
    public static Instant utcInstant(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        Instant instant;
        try {
            if (!v.endsWith("Z")) {
                throw new DateTimeParseException("no Z", v, 0);
            }
            instant = java.time.OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field + ": '" + v + "' is not a UTC time like 2016-09-04T10:00Z");
        }
        if (!DateRange.contains(instant)) {
            throw ApiException.badRequest(field + ": '" + v + "' is not " + DateRange.DESCRIPTION);
        }
        return instant;
    }

    /** An enumerated value from its code, or null when blank. */
    public static <E> E code(String field, String value, Function<String, E> parser, List<String> allowed) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field + ": '" + v + "' is not one of " + String.join(", ", allowed));
        }
    }

    public static boolean checked(String formValue) {
        return formValue != null && !formValue.isBlank() && !formValue.equalsIgnoreCase("false");
    }

    /** Form text areas with one entry per line. */
    public static List<String> lines(String value) {
        if (value == null) {
            return List.of();
        }
        return value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static Integer integer(String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field + ": '" + v + "' is not a whole number");
        }
    }

    /** A stored value as a form field shows it: a date's ISO text, or null. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
