package org.casebook.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A signed certificate timestamp embedded in a certificate (RFC 6962 section 3.3). */
@Embeddable
public class EmbeddedSct {

    /** Base64 of the log's 32-byte id, as CT logs publish it. */
    @Column(nullable = false, length = 64)
    public String logId;

    @Column(nullable = false)
    public Instant timestamp;

    public EmbeddedSct() {
    }

    public EmbeddedSct(String logId, Instant timestamp) {
        this.logId = logId;
        this.timestamp = timestamp;
    }
}
