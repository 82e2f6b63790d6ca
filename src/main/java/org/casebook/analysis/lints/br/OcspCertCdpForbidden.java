package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.AccessLocations;

@LintSpec(code = "e_ocsp_cert_cdp_forbidden",
        description = "A delegated OCSP responder certificate must not carry a CRL distribution point extension.",
        citation = "BRs: 7.1.2.8.2", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertCdpForbidden extends OcspResponderLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return AccessLocations.crlUrls(certificate).isEmpty() ? LintResult.PASS : LintResult.error("an OCSP responder certificate carries a CRL distribution point extension");
    }
}
