package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.lints.support.TlsPolicies;

/**
 * A rule of one or more of the BR 7.1.2 certificate profiles (ballot SC-62): applies to the certificates
 * {@link BrProfile} judges as one of {@link #profiles()}, TLS-capable or not (a precertificate signing CA or an
 * OCSP responder is not a server certificate, yet the BRs give it a profile).
 */
abstract class BrProfileLint extends CertificateLint {

    protected static final org.bouncycastle.asn1.ASN1ObjectIdentifier ANY_POLICY = TlsPolicies.ANY_POLICY;

    /** The profiles the rule belongs to. */
    protected abstract java.util.Set<BrProfile> profiles();

    @Override
    protected final boolean onlyServerAuthCertificates() {
        return false;
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return profiles().contains(BrProfile.of(certificate));
    }

    /** Every CA profile, the root's included (7.1.2.1 to 7.1.2.6). */
    protected static java.util.Set<BrProfile> caProfiles() {
        java.util.Set<BrProfile> all = java.util.EnumSet.noneOf(BrProfile.class);
        for (BrProfile profile : BrProfile.values()) {
            if (profile.isCa()) {
                all.add(profile);
            }
        }
        return all;
    }
}
