package org.casebook.issue;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.casebook.web.CodedEnum;

/** How the CA learned of an issue (CCADB incident reporting asks for it): by itself, from a third party, an audit or a root program. */
public enum DiscoveredBy implements CodedEnum {
    SELF, THIRD_PARTY, AUDIT, ROOT_PROGRAM;

    @JsonCreator
    public static DiscoveredBy fromCode(String code) {
        return CodedEnum.fromCode(DiscoveredBy.class, code, "discovery");
    }
}
