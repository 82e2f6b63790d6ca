package org.casebook.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An enum that forms, JSON and history show by a lowercase-hyphen code ({@code UNDER_INVESTIGATION} is
 * {@code under-investigation}) and pages by a label ({@code Under investigation}). An enum whose codes or
 * labels read otherwise overrides {@link #code()} or {@link #label()}.
 */
public interface CodedEnum {

    String name();

    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default String label() {
        String words = code().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The constant whose code or name is {@code code}, ignoring case. */
    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equalsIgnoreCase(code) || e.name().equalsIgnoreCase(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + code + "'");
    }

    /** Every code of {@code type}, in declaration order: what a form field accepts. */
    static <E extends Enum<E> & CodedEnum> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList();
    }
}
