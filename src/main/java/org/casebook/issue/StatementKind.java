package org.casebook.issue;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** Whether a CA statement is given in the CA's words or summarised in ours. */
public enum StatementKind implements CodedEnum {
    QUOTATION, SUMMARY;

    @JsonCreator
    public static StatementKind fromCode(String code) {
        return CodedEnum.fromCode(StatementKind.class, code, "statement kind");
    }
}
