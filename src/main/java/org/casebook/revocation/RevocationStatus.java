package org.casebook.revocation;

import java.time.Instant;

/**
 * What the CRLs and OCSP responses on file say of one certificate: revoked (when, with which CRLReason, by which source),
 * not revoked as of the newest source of its issuer, or unknown (no source of its issuer, by name and key, is on file).
 */
public record RevocationStatus(State state, String sourceKind, String sourceSha256, Instant asOf, Instant revokedAt,
        Integer reasonCode) {

    public enum State { REVOKED, NOT_REVOKED, UNKNOWN }

    public static final RevocationStatus UNKNOWN = new RevocationStatus(State.UNKNOWN, null, null, null, null, null);

    public boolean revoked() {
        return state == State.REVOKED;
    }

    public String sourceUrl() {
        return sourceSha256 == null ? null : "crl".equals(sourceKind) ? RevocationUrls.crl(sourceSha256) : RevocationUrls.ocspResponse(sourceSha256);
    }

    /** RFC 5280 5.3.1's name of the reason code, e.g. keyCompromise; null when none was given. */
    public String reasonName() {
        return reasonName(reasonCode);
    }

    public static String reasonName(Integer code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case 0 -> "unspecified";
            case 1 -> "keyCompromise";
            case 2 -> "cACompromise";
            case 3 -> "affiliationChanged";
            case 4 -> "superseded";
            case 5 -> "cessationOfOperation";
            case 6 -> "certificateHold";
            case 8 -> "removeFromCRL";
            case 9 -> "privilegeWithdrawn";
            case 10 -> "aACompromise";
            default -> "reason " + code;
        };
    }

    /** One line for pages and the export: "revoked 2016-11-29T00:00:00Z (superseded), CRL of 2016-12-01T00:00:00Z". */
    public String summary() {
        return switch (state) {
            case REVOKED -> "revoked " + revokedAt + (reasonCode == null ? "" : " (" + reasonName() + ")") + ", per "
                    + ("crl".equals(sourceKind) ? "CRL" : "OCSP response") + " of " + asOf;
            case NOT_REVOKED -> "not revoked as of " + asOf + " (" + ("crl".equals(sourceKind) ? "CRL" : "OCSP response") + ")";
            case UNKNOWN -> "unknown (no CRL or OCSP response of its issuer on file)";
        };
    }
}
