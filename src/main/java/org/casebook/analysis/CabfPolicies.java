package org.casebook.analysis;

import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/** The CA/Browser Forum's reserved certificate policy identifiers for TLS certificates (BRs 7.1.6.1). */
public final class CabfPolicies {

    public static final ASN1ObjectIdentifier DOMAIN_VALIDATED = new ASN1ObjectIdentifier("2.23.140.1.2.1");
    public static final ASN1ObjectIdentifier ORGANIZATION_VALIDATED = new ASN1ObjectIdentifier("2.23.140.1.2.2");
    public static final ASN1ObjectIdentifier INDIVIDUAL_VALIDATED = new ASN1ObjectIdentifier("2.23.140.1.2.3");
    public static final ASN1ObjectIdentifier EXTENDED_VALIDATION = new ASN1ObjectIdentifier("2.23.140.1.1");

    /** DV, OV, IV and EV. */
    public static final Set<ASN1ObjectIdentifier> RESERVED = Set.of(DOMAIN_VALIDATED, ORGANIZATION_VALIDATED,
            INDIVIDUAL_VALIDATED, EXTENDED_VALIDATION);

    private CabfPolicies() {
    }
}
