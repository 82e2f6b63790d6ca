package org.casebook.issue;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** What a reference points at. */
public enum ReferenceKind implements CodedEnum {
    INCIDENT_REPORT, AUDIT_REPORT, BUG, CERTIFICATE_LIST, DISCUSSION, POLICY, OTHER;

    @JsonCreator
    public static ReferenceKind fromCode(String code) {
        return CodedEnum.fromCode(ReferenceKind.class, code, "reference kind");
    }
}
