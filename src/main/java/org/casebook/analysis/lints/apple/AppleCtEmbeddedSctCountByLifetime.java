package org.casebook.analysis.lints.apple;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.EmbeddedScts;

/**
 * Apple's table for certificates from 2021-04-21; zlint's w_ct_sct_policy_count_unsatisfied still applies the earlier
 * table (2 to 5 SCTs by months), under which a 181 to 398 day certificate needs only 2. A notice only: SCTs may also
 * come by TLS or stapled OCSP, and log identities are not checked against Apple's list. Applies only where SCTs are
 * embedded: a certificate without any relies on another way of delivery, which a certificate cannot show.
 */
@LintSpec(code = "n_apple_ct_embedded_sct_count_by_lifetime",
        description = "Apple's CT policy asks a certificate relying on embedded SCTs for SCTs from 2 distinct logs for a lifetime of up to 180 days and 3 for 181 to 398 days.",
        citation = "Apple's Certificate Transparency policy, https://support.apple.com/103214", source = LintSource.APPLE,
        effective = LintDates.APPLE_CT_POLICY_2021)
public class AppleCtEmbeddedSctCountByLifetime extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return EmbeddedScts.isServerCertificateWithEmbeddedScts(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return EmbeddedScts.countAgainst180DayTable(certificate, "Apple");
    }
}
