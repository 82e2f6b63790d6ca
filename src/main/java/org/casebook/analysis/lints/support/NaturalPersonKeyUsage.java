package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.casebook.analysis.CertificateView;

/** EN 319 412-2 4.3.2: the key usage settings (table 1, types A to F) for certificates issued to natural persons. */
public final class NaturalPersonKeyUsage {

    /**
     * EN 319 411-2 policy arcs (under 0.4.0.194112.1) that mark certificates issued to natural persons: QCP-n (0),
     * QCP-n-qscd (2), and the two later natural-person arcs 5 and 6, which zlint also treats as natural person.
     * Arcs 1, 3 (legal persons) and 4 (QCP-w, either kind) do not qualify.
     */
    private static final List<ASN1ObjectIdentifier> NATURAL_PERSON_POLICIES = List.of(
            new ASN1ObjectIdentifier("0.4.0.194112.1.0"), new ASN1ObjectIdentifier("0.4.0.194112.1.2"),
            new ASN1ObjectIdentifier("0.4.0.194112.1.5"), new ASN1ObjectIdentifier("0.4.0.194112.1.6"));

    private static final int SIGN = KeyUsage.digitalSignature;
    private static final int NON_REPUDIATION = KeyUsage.nonRepudiation;
    private static final int ENCIPHER = KeyUsage.keyEncipherment;
    private static final int AGREE = KeyUsage.keyAgreement;

    /** Types A, C and E: a key used for one kind of thing only, which the standard recommends. */
    public static final Set<Integer> PREFERRED = Set.of(NON_REPUDIATION, SIGN, ENCIPHER, AGREE);

    /** Every setting table 1 allows: A to F. */
    public static final Set<Integer> ALLOWED = Set.of(NON_REPUDIATION, NON_REPUDIATION | SIGN, SIGN, SIGN | ENCIPHER, SIGN | AGREE,
            ENCIPHER, AGREE, NON_REPUDIATION | SIGN | ENCIPHER, NON_REPUDIATION | SIGN | AGREE);

    private static final int[] ALL_BITS = {KeyUsage.digitalSignature, KeyUsage.nonRepudiation, KeyUsage.keyEncipherment,
        KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign, KeyUsage.encipherOnly,
        KeyUsage.decipherOnly};
    private static final String[] NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment",
        "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};

    private NaturalPersonKeyUsage() {
    }

    /** A subscriber certificate under one of the ETSI policies for certificates issued to natural persons. */
    public static boolean isNaturalPersonCertificate(CertificateView certificate) {
        return certificate.policyOids().stream().anyMatch(NATURAL_PERSON_POLICIES::contains)
                && TlsCertificateFacts.isSubscriber(certificate);
    }

    public static boolean hasKeyUsage(CertificateView certificate) {
        return certificate.hasExtension(Extension.keyUsage);
    }

    /** The asserted key usage bits, as one mask in Bouncy Castle's encoding; 0 when unreadable. */
    public static int bits(CertificateView certificate) {
        KeyUsage usage = certificate.keyUsage();
        int mask = 0;
        if (usage != null) {
            for (int bit : ALL_BITS) {
                if (usage.hasUsages(bit)) {
                    mask |= bit;
                }
            }
        }
        return mask;
    }

    public static String describe(int mask) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ALL_BITS.length; i++) {
            if ((mask & ALL_BITS[i]) != 0) {
                names.add(NAMES[i]);
            }
        }
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
