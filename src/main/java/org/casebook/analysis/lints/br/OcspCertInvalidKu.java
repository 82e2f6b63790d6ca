package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.KeyUsageBits;

@LintSpec(code = "e_ocsp_cert_invalid_ku",
        description = "A delegated OCSP responder certificate's key usage may hold digitalSignature only.",
        citation = "BRs: 7.1.2.8.7", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertInvalidKu extends OcspResponderLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return (KeyUsageBits.decoded(certificate) & ~KeyUsageBits.DIGITAL_SIGNATURE) != 0
                ? LintResult.error("key usage other than digitalSignature in an OCSP responder certificate") : LintResult.PASS;
    }
}
