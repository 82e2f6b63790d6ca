package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.AccessLocations;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.UriSyntax;

@LintSpec(code = "e_aia_ocsp_must_have_http_only",
        description = "In a subscriber certificate, every OCSP responder location in the AIA must be a plain http URL.",
        citation = "BRs: 7.1.2.7.7", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class AiaOcspMustHaveHttpOnly extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !AccessLocations.ocspUrls(certificate).isEmpty() && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String url : AccessLocations.ocspUrls(certificate)) {
            if (!"http".equals(UriSyntax.scheme(url))) {
                return LintResult.error("OCSP location '" + url + "' does not use the http scheme");
            }
        }
        return LintResult.PASS;
    }
}
