package org.casebook.issue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where the program stands on an issue. */
public enum IssueStatus {
    CONFIRMED("confirmed", "Confirmed"),
    SUSPECTED("suspected", "Suspected"),
    UNDER_INVESTIGATION("under-investigation", "Under investigation"),
    NOT_A_VIOLATION("not-a-violation", "Not a violation"),
    RESOLVED("resolved", "Resolved");

    private final String code;
    private final String label;

    IssueStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    @JsonCreator
    public static IssueStatus fromCode(String code) {
        for (IssueStatus s : values()) {
            if (s.code.equalsIgnoreCase(code) || s.name().equalsIgnoreCase(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown issue status '" + code + "'");
    }
}
