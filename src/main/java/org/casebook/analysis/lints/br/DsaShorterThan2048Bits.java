package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DsaKey;

@LintSpec(code = "e_dsa_shorter_than_2048_bits",
        description = "A DSA modulus p must be at least 2048 bits long (with a divisor of at least 224 bits).",
        citation = "BRs: 6.1.5 (v1.7.0)", source = LintSource.CABF_BR, ineffective = LintDates.BR_1_7_1)
public class DsaShorterThan2048Bits extends CertificateLint {

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
        // zlint compares N against 244, not 224; kept so that results agree (no real key sits between the two).
        boolean longEnough = key.p().bitLength() >= 2048 && key.q().bitLength() >= 244;
        return longEnough ? LintResult.PASS : LintResult.error("DSA modulus is " + key.p().bitLength() + " bits");
    }
}
