package org.casebook.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** What an incident report is in the sequence CCADB asks of a CA: a preliminary report, the full report, updates, the closing summary. */
public enum ReportKind implements CodedEnum {
    PRELIMINARY, FULL, UPDATE, CLOSING;

    @JsonCreator
    public static ReportKind fromCode(String code) {
        return CodedEnum.fromCode(ReportKind.class, code, "report kind");
    }
}
