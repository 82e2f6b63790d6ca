package org.casebook.analysis.lints.br;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.TlsPolicies;
/**
 * A rule of one or more of the BR 7.1.2 certificate profiles (ballot SC-62): applies to the certificates
 * {@link BrProfile} judges as one of the profiles given, TLS-capable or not (a precertificate signing CA or an
 * OCSP responder is not a server certificate, yet the BRs give it a profile).
 */
abstract class BrProfileLint extends CertificateLint {

    protected static final ASN1ObjectIdentifier ANY_POLICY = TlsPolicies.ANY_POLICY;

    /** Every CA profile, the root's included (7.1.2.1 to 7.1.2.6). */
    protected static final Set<BrProfile> CA_PROFILES = caProfiles();

    /** Every subordinate CA profile (7.1.2.2 to 7.1.2.6). */
    protected static final Set<BrProfile> SUBORDINATE_CA_PROFILES = EnumSet.complementOf(EnumSet.of(
            BrProfile.ROOT_CA, BrProfile.SUBSCRIBER, BrProfile.OCSP_RESPONDER));

    private final Set<BrProfile> profiles;

    protected BrProfileLint(BrProfile first, BrProfile... more) {
        this.profiles = EnumSet.of(first, more);
    }

    protected BrProfileLint(Set<BrProfile> profiles) {
        this.profiles = EnumSet.copyOf(profiles);
    }

    @Override
    protected final boolean onlyServerAuthCertificates() {
        return false;
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return profiles.contains(BrProfile.of(certificate));
    }

    /** For the CA forms of the subscriber AIA rules (7.1.2.10.3): a subordinate CA with an AIA extension. */
    static boolean subordinateCaWithAia(CertificateView certificate) {
        return certificate.hasExtension(Extension.authorityInfoAccess) && BrProfile.of(certificate).isSubordinateCa();
    }

    /**
     * For profiles whose extended key usage must be one purpose alone (the one that made {@link BrProfile} judge the
     * certificate as that profile): an error when others stand beside it.
     */
    protected LintResult onlyPurpose(CertificateView certificate, String purpose) {
        List<KeyPurposeId> ekus = certificate.extendedKeyUsages();
        return LintResult.failIf(ekus.size() != 1, metadata().severity(),
                "extended key usage lists " + (ekus.size() - 1) + " purpose(s) beside " + purpose);
    }

    private static Set<BrProfile> caProfiles() {
        Set<BrProfile> all = EnumSet.noneOf(BrProfile.class);
        for (BrProfile profile : BrProfile.values()) {
            if (profile.isCa()) {
                all.add(profile);
            }
        }
        return all;
    }
}
