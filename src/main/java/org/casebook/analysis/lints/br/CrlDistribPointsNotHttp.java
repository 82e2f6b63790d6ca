package org.casebook.analysis.lints.br;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.AccessLocations;

@LintSpec(code = "e_crl_distrib_points_not_http",
        description = "Every CRL distribution point URL must use the http scheme.",
        citation = "BRs: 7.1.2.11.2", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class CrlDistribPointsNotHttp extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !AccessLocations.crlUrls(certificate).isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> urls = AccessLocations.crlUrls(certificate);
        for (String url : urls) {
            if (!url.startsWith("http:")) {
                return LintResult.error("CRL distribution point '" + url + "' is not an http URL");
            }
        }
        return LintResult.PASS;
    }
}
