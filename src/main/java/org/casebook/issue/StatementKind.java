package org.casebook.issue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a CA statement is given in the CA's words or summarised in ours. */
public enum StatementKind {
    QUOTATION, SUMMARY;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static StatementKind fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
