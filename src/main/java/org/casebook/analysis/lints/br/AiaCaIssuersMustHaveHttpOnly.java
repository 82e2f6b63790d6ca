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

@LintSpec(code = "e_aia_ca_issuers_must_have_http_only",
        description = "In a subscriber certificate, every caIssuers location in the AIA must be a plain http URL.",
        citation = "BRs: 7.1.2.7.7", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class AiaCaIssuersMustHaveHttpOnly extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !AccessLocations.caIssuersUrls(certificate).isEmpty() && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String url : AccessLocations.caIssuersUrls(certificate)) {
            if (!"http".equals(UriSyntax.scheme(url))) {
                return LintResult.error("caIssuers location '" + url + "' is not an HTTP URL");
            }
        }
        return LintResult.PASS;
    }
}
