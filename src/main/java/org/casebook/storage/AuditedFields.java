package org.casebook.storage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.casebook.web.CodedEnum;

/**
 * The fields of an entity that its history shows and a stale edit's answer compares, in display order.
 * Each audited entity declares its own list ({@code AUDITED_FIELDS}) beside its columns.
 */
public final class AuditedFields<T> {

    private final Map<String, Function<T, Object>> getters = new LinkedHashMap<>();

    private AuditedFields() {
    }

    public static <T> AuditedFields<T> of(Class<T> type) {
        return new AuditedFields<>();
    }

    public AuditedFields<T> with(String name, Function<T, Object> getter) {
        getters.put(name, getter);
        return this;
    }

    public Map<String, Function<T, Object>> asMap() {
        return Collections.unmodifiableMap(getters);
    }

    /** A coded enum as its code, as the history shows it. */
    public static String code(CodedEnum value) {
        return value == null ? null : value.code();
    }

    /** A date or instant as its ISO text. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
