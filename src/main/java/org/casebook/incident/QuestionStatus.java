package org.casebook.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** Whether a question put to the CA still waits for an answer. */
public enum QuestionStatus implements CodedEnum {
    OPEN, ANSWERED, WITHDRAWN;

    @JsonCreator
    public static QuestionStatus fromCode(String code) {
        return CodedEnum.fromCode(QuestionStatus.class, code, "question status");
    }
}
