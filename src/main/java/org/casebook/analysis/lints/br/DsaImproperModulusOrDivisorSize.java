package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DsaKey;

@LintSpec(code = "e_dsa_improper_modulus_or_divisor_size",
        description = "DSA domain parameters must be L=2048 with N=224 or 256, or L=3072 with N=256.",
        citation = "BRs: 6.1.5 (v1.7.0)", source = LintSource.CABF_BR)
public class DsaImproperModulusOrDivisorSize extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return DsaKey.isDsa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        DsaKey key = DsaKey.of(certificate);
        if (key == null || !key.hasParameters()) {
            return LintResult.NOT_APPLICABLE;
        }
        int l = key.p().bitLength();
        int n = key.q().bitLength();
        boolean allowed = l == 2048 && (n == 224 || n == 256) || l == 3072 && n == 256;
        return allowed ? LintResult.PASS : LintResult.error("DSA sizes L=" + l + ", N=" + n + " are not an allowed pair");
    }
}
