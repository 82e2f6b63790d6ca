package org.casebook.commitment;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** What a promise is for, in the words of the incident reporting guidelines' action items. */
public enum CommitmentKind implements CodedEnum {
    PREVENT, MITIGATE, DETECT, OTHER;

    @JsonCreator
    public static CommitmentKind fromCode(String code) {
        return CodedEnum.fromCode(CommitmentKind.class, code, "commitment kind");
    }
}
