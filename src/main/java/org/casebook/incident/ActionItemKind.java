package org.casebook.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** What an action item in a report does about the incident: prevents a recurrence, mitigates the harm, or detects it sooner. */
public enum ActionItemKind implements CodedEnum {
    PREVENT, MITIGATE, DETECT;

    @JsonCreator
    public static ActionItemKind fromCode(String code) {
        return CodedEnum.fromCode(ActionItemKind.class, code, "action item kind");
    }
}
