package org.casebook.issue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.casebook.web.CodedEnum;

/** What kind of rule, if any, an issue breaks. */
public enum IssueCategory implements CodedEnum {
    BR_VIOLATION("br-violation", "Baseline Requirements violation"),
    RFC_VIOLATION("rfc-violation", "RFC violation"),
    ROOT_PROGRAM_POLICY_VIOLATION("policy-violation", "Root program policy violation"),
    PROBLEMATIC_PRACTICE("problematic-practice", "Problematic practice"),
    OPERATIONAL_SECURITY("operational-security", "Operational or security concern"),
    NO_VIOLATION("no-violation", "No violation");

    private final String code;
    private final String label;

    IssueCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @JsonCreator
    public static IssueCategory fromCode(String code) {
        return CodedEnum.fromCode(IssueCategory.class, code, "issue category");
    }
}
