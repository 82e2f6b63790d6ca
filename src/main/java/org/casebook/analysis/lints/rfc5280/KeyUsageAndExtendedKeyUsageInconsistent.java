package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.KeyUsageBits;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_key_usage_and_extended_key_usage_inconsistent",
        description = "The key usage bits of an end-entity certificate must be a combination RFC 5280 lists as consistent with its extended key usages.",
        citation = "RFC 5280: 4.2.1.12", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class KeyUsageAndExtendedKeyUsageInconsistent extends CertificateLint {

    private static final int DS = KeyUsageBits.DIGITAL_SIGNATURE;
    private static final int NR = KeyUsageBits.NON_REPUDIATION;
    private static final int KE = KeyUsageBits.KEY_ENCIPHERMENT;
    private static final int KA = KeyUsageBits.KEY_AGREEMENT;

    /** RFC 5280 4.2.1.12's "key usage bits that may be consistent", as the exact masks allowed. */
    static final Map<KeyPurposeId, Set<Integer>> CONSISTENT = Map.of(
            KeyPurposeId.id_kp_serverAuth, Set.of(DS, KE, KA, DS | KE, DS | KA),
            KeyPurposeId.id_kp_clientAuth, Set.of(DS, KA, DS | KA),
            KeyPurposeId.id_kp_codeSigning, Set.of(DS),
            KeyPurposeId.id_kp_emailProtection, Set.of(DS, NR, KE, KA, DS | NR, DS | KE, DS | KA, DS | NR | KE, DS | NR | KA, NR | KE, NR | KA),
            KeyPurposeId.id_kp_timeStamping, Set.of(DS, NR, DS | NR),
            KeyPurposeId.id_kp_OCSPSigning, Set.of(DS, NR, DS | NR));

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.extendedKeyUsage) && certificate.hasExtension(Extension.keyUsage)
                && Names.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int keyUsage = KeyUsageBits.of(certificate);
        if (keyUsage < 0) {
            return LintResult.NOT_APPLICABLE;
        }
        List<KeyPurposeId> purposes = certificate.knownExtendedKeyUsages();
        if (purposes.size() > 1) {
            // RFC 5280: with several purposes, the key usage may serve any combination of them.
            if (fitsCombination(keyUsage, purposes)) {
                return LintResult.PASS;
            }
            return LintResult.failIf(true, metadata().severity(),
                    "key usage " + KeyUsageBits.names(keyUsage) + " does not fit the combined extended key usages");
        }
        for (KeyPurposeId purpose : purposes) {
            Set<Integer> allowed = CONSISTENT.get(purpose);
            if (allowed != null && !allowed.contains(keyUsage)) {
                return LintResult.error("key usage " + KeyUsageBits.names(keyUsage) + " is inconsistent with extended key usage " + purpose.getId());
            }
        }
        return LintResult.PASS;
    }

    /**
     * Whether the key usage is the union of some of the masks allowed for these purposes. Only masks inside
     * the key usage can take part, so it is one exactly when those masks together cover all of it.
     */
    static boolean fitsCombination(int keyUsage, List<KeyPurposeId> purposes) {
        int union = 0;
        boolean any = false;
        for (KeyPurposeId purpose : purposes) {
            for (int allowed : CONSISTENT.getOrDefault(purpose, Set.of())) {
                if ((allowed & ~keyUsage) == 0) {
                    union |= allowed;
                    any = true;
                }
            }
        }
        return any && union == keyUsage;
    }
}
