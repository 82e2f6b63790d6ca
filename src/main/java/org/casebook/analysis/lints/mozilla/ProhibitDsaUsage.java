package org.casebook.analysis.lints.mozilla;

import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_prohibit_dsa_usage",
        description = "DSA is not among the algorithms Mozilla allows, so DSA keys are forbidden.",
        citation = "Mozilla Root Store Policy 5.1", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_2_4_1)
public class ProhibitDsaUsage extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(X9ObjectIdentifiers.id_dsa)
                ? LintResult.error("the subject key is a DSA key") : LintResult.PASS;
    }
}
