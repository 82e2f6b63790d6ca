package org.casebook.revocation;

import org.casebook.web.CodedEnum;

/**
 * Why a CA must revoke, as a manager picks it for an issue: the reasons of BR 4.9.1.1, grouped by the deadline they
 * carry since ballot SC6 (24 hours or 5 days). Before SC6 every reason had 24 hours ({@link RevocationDeadlines}).
 */
public enum RevocationReason implements CodedEnum {
    /** 4.9.1.1 (24 hours): the subscriber asks in writing. */
    SUBSCRIBER_REQUEST(true),
    /** 4.9.1.1 (24 hours): the subscriber says the original request was not authorized. */
    NOT_AUTHORIZED(true),
    /** 4.9.1.1 (24 hours): evidence that the private key was compromised. */
    KEY_COMPROMISE(true),
    /** 4.9.1.1 (24 hours): domain validation should not be relied upon. */
    DOMAIN_VALIDATION(true),
    /** 4.9.1.1 (5 days): the certificate was not issued in accordance with the BRs or the CA's CP/CPS (misissuance). */
    MISISSUANCE(false),
    /** 4.9.1.1 (5 days): any of the other reasons (misleading information, key weakness found, CA's right to issue ended...). */
    OTHER(false);

    private final boolean twentyFourHoursUnderSc6;

    RevocationReason(boolean twentyFourHoursUnderSc6) {
        this.twentyFourHoursUnderSc6 = twentyFourHoursUnderSc6;
    }

    /** Whether BR 4.9.1.1 as amended by ballot SC6 lists this reason under 24 hours (else 5 days). */
    public boolean twentyFourHoursUnderSc6() {
        return twentyFourHoursUnderSc6;
    }

    public static RevocationReason fromCode(String code) {
        return CodedEnum.fromCode(RevocationReason.class, code, "revocation reason");
    }
}
