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

    public static final int MESSAGE_LENGTH = 4096;

    @Column(length = MESSAGE_LENGTH)
    public String message;

    @Column(length = 1024)
    public String citation;

    public StoredFinding() {
    }

    public StoredFinding(String code, String severity, String message, String citation) {
        this.code = code;
        this.severity = severity;
        this.message = ColumnText.fit(message, MESSAGE_LENGTH);
        this.citation = citation;
    }
}
