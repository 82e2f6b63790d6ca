package org.casebook.analysis.lints.chrome;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * Chrome Root Program Policy 1.8, 1.3.2: from 2026-06-15 Chrome phases out hierarchies whose unexpired subordinate CA
 * certificates are not dedicated to TLS server authentication: the EKU present, serverAuth alone or (for CA
 * certificates disclosed to the CCADB before 2026-06-15) serverAuth with clientAuth. The disclosure date is not in the
 * certificate; the notBefore stands in for it (a CA certificate is disclosed after it is issued, so a certificate
 * issued before 2026-06-15 but disclosed later is judged by the laxer rule). A warning: whether the CA chains to a
 * root in the Chrome Root Store cannot be read from the certificate. Technically constrained non-TLS CAs are left
 * out for the same reason (most live under roots Chrome does not include).
 */
@LintSpec(code = "w_chrome_sub_ca_eku_not_dedicated_to_server_auth",
        description = "A TLS-capable subordinate CA still valid on 2026-06-15 should carry an EKU of serverAuth alone (serverAuth and clientAuth if issued before 2026-06-15), or Chrome phases out its hierarchy.",
        citation = "Chrome Root Program Policy, Version 1.8, section 1.3.2", source = LintSource.CHROME)
public class SubCaEkuNotDedicatedToServerAuth extends CertificateLint {

    static final Instant PHASE_OUT = Instant.parse("2026-06-15T00:00:00Z");
    private static final Set<BrProfile> TLS_CAPABLE = EnumSet.of(BrProfile.TLS_SUBORDINATE_CA,
            BrProfile.TECHNICALLY_CONSTRAINED_TLS_SUBORDINATE_CA, BrProfile.CROSS_CERTIFIED_SUBORDINATE_CA);

    @Override
    protected boolean applies(CertificateView certificate) {
        return TLS_CAPABLE.contains(BrProfile.of(certificate)) && certificate.notAfter().isAfter(PHASE_OUT);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<KeyPurposeId> ekus = certificate.extendedKeyUsages();
        if (ekus.isEmpty()) {
            return LintResult.warn("no extendedKeyUsage: Chrome requires serverAuth to be asserted");
        }
        boolean serverAuthOnly = ekus.size() == 1 && ekus.get(0).equals(KeyPurposeId.id_kp_serverAuth);
        if (serverAuthOnly) {
            return LintResult.PASS;
        }
        boolean withClientAuth = ekus.size() == 2 && ekus.contains(KeyPurposeId.id_kp_serverAuth) && ekus.contains(KeyPurposeId.id_kp_clientAuth);
        if (withClientAuth && certificate.notBefore().isBefore(PHASE_OUT)) {
            return LintResult.PASS;
        }
        return LintResult.warn(withClientAuth ? "serverAuth with clientAuth in a CA certificate issued on or after 2026-06-15"
                : "extendedKeyUsage asserts purposes beside serverAuth (and clientAuth)");
    }
}
