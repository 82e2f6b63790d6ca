package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ocsp_cert_cp_forbidden",
        description = "A delegated OCSP responder certificate must not carry certificatePolicies.",
        citation = "BRs: 7.1.2.8.2", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertCpForbidden extends OcspResponderLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.policyOids().isEmpty() ? LintResult.PASS : LintResult.error("an OCSP responder certificate carries certificatePolicies");
    }
}
