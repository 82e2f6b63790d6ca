package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_br_prohibit_dsa_usage",
        description = "DSA keys are no longer allowed since BRs 1.7.1.",
        citation = "BRs: 6.1.5 (v1.7.1)", source = LintSource.CABF_BR, effective = LintDates.BR_1_7_1)
public class BrProhibitDsaUsage extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(X9ObjectIdentifiers.id_dsa)
                ? LintResult.error("the subject key is a DSA key") : LintResult.PASS;
    }
}
