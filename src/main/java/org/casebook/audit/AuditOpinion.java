package org.casebook.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** The auditor's overall opinion. */
public enum AuditOpinion implements CodedEnum {
    UNQUALIFIED, QUALIFIED, MODIFIED, ADVERSE, UNKNOWN;

    @JsonCreator
    public static AuditOpinion fromCode(String code) {
        return CodedEnum.fromCode(AuditOpinion.class, code, "audit opinion");
    }
}
