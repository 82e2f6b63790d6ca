package org.casebook.issue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a reference points at. */
public enum ReferenceKind {
    INCIDENT_REPORT("incident-report", "Incident report"),
    AUDIT_REPORT("audit-report", "Audit report"),
    BUG("bug", "Bug"),
    CERTIFICATE_LIST("certificate-list", "Certificate list"),
    DISCUSSION("discussion", "Discussion"),
    POLICY("policy", "Policy"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    ReferenceKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    @JsonCreator
    public static ReferenceKind fromCode(String code) {
        for (ReferenceKind k : values()) {
            if (k.code.equalsIgnoreCase(code) || k.name().equalsIgnoreCase(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown reference kind '" + code + "'");
    }
}
