package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ocsp_cert_nocheck_critical",
        description = "A delegated OCSP responder certificate's id-pkix-ocsp-nocheck extension must not be marked critical.",
        citation = "BRs: 7.1.2.8.2, 7.1.2.8.6 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertNocheckCritical extends OcspNocheckLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(nocheck(certificate).isCritical(), metadata().severity(), "id-pkix-ocsp-nocheck is marked critical");
    }
}
