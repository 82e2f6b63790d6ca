package org.casebook.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A per-certificate lint result kept with the certificate, so pages need not re-lint. */
@Embeddable
public class StoredFinding {

    @Column(nullable = false, length = 128)
    public String code;

    @Column(nullable = false, length = 16)
    public String severity;

    @Column(length = 4096)
    public String message;

    @Column(length = 1024)
    public String citation;

    public StoredFinding() {
    }

    public StoredFinding(String code, String severity, String message, String citation) {
        this.code = code;
        this.severity = severity;
        this.message = message;
        this.citation = citation;
    }
}
