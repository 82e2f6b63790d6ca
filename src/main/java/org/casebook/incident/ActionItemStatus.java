package org.casebook.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** Where an action item promised in a report stands. */
public enum ActionItemStatus implements CodedEnum {
    OPEN, DONE, MISSED, SUPERSEDED;

    @JsonCreator
    public static ActionItemStatus fromCode(String code) {
        return CodedEnum.fromCode(ActionItemStatus.class, code, "action item status");
    }
}
