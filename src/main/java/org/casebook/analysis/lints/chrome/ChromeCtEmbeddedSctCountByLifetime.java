package org.casebook.analysis.lints.chrome;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.EmbeddedScts;

/**
 * Chrome judges CT compliance when it validates, whatever the issuance date, so the lint has no effective date. A
 * notice only: SCTs may also come by TLS, and neither the logs' states nor their operators (at least two distinct
 * operators are required) can be read from the certificate. Applies only where SCTs are embedded.
 */
@LintSpec(code = "n_chrome_ct_embedded_sct_count_by_lifetime",
        description = "Chrome's CT policy asks a certificate relying on embedded SCTs for SCTs from 2 distinct logs for a lifetime of up to 180 days and 3 beyond.",
        citation = "Chrome Certificate Transparency Policy, CT Compliant Certificates, https://googlechrome.github.io/CertificateTransparency/ct_policy.html",
        source = LintSource.CHROME)
public class ChromeCtEmbeddedSctCountByLifetime extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return EmbeddedScts.isServerCertificateWithEmbeddedScts(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return EmbeddedScts.countAgainst180DayTable(certificate, "Chrome");
    }
}
