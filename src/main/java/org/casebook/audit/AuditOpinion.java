package org.casebook.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The auditor's overall opinion. */
public enum AuditOpinion {
    UNQUALIFIED, QUALIFIED, MODIFIED, ADVERSE, UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static AuditOpinion fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
