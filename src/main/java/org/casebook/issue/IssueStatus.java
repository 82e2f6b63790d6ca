package org.casebook.issue;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** Where the program stands on an issue. */
public enum IssueStatus implements CodedEnum {
    CONFIRMED, SUSPECTED, UNDER_INVESTIGATION, NOT_A_VIOLATION, RESOLVED;

    @JsonCreator
    public static IssueStatus fromCode(String code) {
        return CodedEnum.fromCode(IssueStatus.class, code, "issue status");
    }
}
