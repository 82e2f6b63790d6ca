package org.casebook.analysis.lints.mozilla;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_mp_rsassa-pss_in_spki",
        description = "An RSA key must be identified as rsaEncryption, never as id-RSASSA-PSS, in subjectPublicKeyInfo.",
        citation = "Mozilla Root Store Policy 5.1.1", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_2_7)
public class MpRsassaPssInSpki extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(PKCSObjectIdentifiers.id_RSASSA_PSS)
                ? LintResult.error("subjectPublicKeyInfo uses id-RSASSA-PSS") : LintResult.PASS;
    }
}
