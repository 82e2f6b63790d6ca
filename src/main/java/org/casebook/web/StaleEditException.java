package org.casebook.web;

/**
 * A change made against an older version of a record: 412 when the client sent If-Match, otherwise 409. The
 * detail starts with "version:" and says what changed since; {@link #currentVersion()} lets a form page offer
 * the current version, so that saving again overwrites knowingly.
 */
public class StaleEditException extends ApiException {

    private final long currentVersion;

    /** How the API answer ends; a form page says instead what its form still holds. */
    public static final String RESEND = " Fetch it again and resend the change.";

    public StaleEditException(ExpectedVersion expected, long currentVersion, String detail) {
        super(expected.source() == ExpectedVersion.Source.IF_MATCH ? 412 : 409,
                expected.source() == ExpectedVersion.Source.IF_MATCH ? "precondition failed" : "conflict", detail);
        this.currentVersion = currentVersion;
        withHeader("ETag", ExpectedVersion.etag(currentVersion));
    }

    public long currentVersion() {
        return currentVersion;
    }
}
