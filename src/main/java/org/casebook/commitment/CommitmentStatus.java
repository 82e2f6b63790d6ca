package org.casebook.commitment;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/**
 * Where a promise stands. A manager records open, done, missed or superseded; an open promise whose due date has
 * passed is shown as missed without anyone recording it.
 */
public enum CommitmentStatus implements CodedEnum {
    OPEN, DONE, MISSED, SUPERSEDED;

    @JsonCreator
    public static CommitmentStatus fromCode(String code) {
        return CodedEnum.fromCode(CommitmentStatus.class, code, "commitment status");
    }
}
