package org.casebook.analysis.lints.br;

import java.util.Locale;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.AccessLocations;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "e_ca_aia_non_http_url",
        description = "In a subordinate CA certificate, OCSP and caIssuers locations in the AIA must be http:// URLs.",
        citation = "BRs: 7.1.2.10.3", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CaAiaNonHttpUrl extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return (!AccessLocations.caIssuersUrls(certificate).isEmpty() || !AccessLocations.ocspUrls(certificate).isEmpty())
                && CertificateRoles.isSubordinateCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String url : AccessLocations.caIssuersUrls(certificate)) {
            if (!url.toLowerCase(Locale.ROOT).startsWith("http://")) {
                return LintResult.error("caIssuers location '" + url + "' is not an http:// URL");
            }
        }
        for (String url : AccessLocations.ocspUrls(certificate)) {
            if (!url.toLowerCase(Locale.ROOT).startsWith("http://")) {
                return LintResult.error("OCSP location '" + url + "' is not an http:// URL");
            }
        }
        return LintResult.PASS;
    }
}
