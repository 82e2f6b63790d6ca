package org.casebook.analysis.lints.br;

import java.time.Duration;
import java.time.Instant;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.AccessLocations;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "e_missing_crl_distrib_point",
        description = "A subscriber certificate that is not short-lived must point to a CRL when it has no OCSP URL.",
        citation = "BRs: 7.1.2.11.2", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_1)
public class MissingCrlDistribPoint extends CertificateLint {

    /** BRs 1.6.1: "short-lived" shrinks from 10 to 7 days for certificates issued from 2026-03-15. */
    private static final Instant SEVEN_DAY_RULE = Instant.parse("2026-03-15T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return CertificateRoles.isSubscriber(certificate) && !isShortLived(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return AccessLocations.crlUrls(certificate).isEmpty() && AccessLocations.ocspUrls(certificate).isEmpty()
                ? LintResult.error("neither a CRL distribution point nor an OCSP URL is given") : LintResult.PASS;
    }

    static boolean isShortLived(CertificateView certificate) {
        // zlint's reading (notAfter minus notBefore), kept so this zlint-named lint answers as zlint does: BRs 1.6.1
        // define the Validity Period as inclusive, which would make an exactly-864,000-second certificate not short-lived
        long seconds = Duration.between(certificate.notBefore(), certificate.notAfter()).getSeconds();
        long limitDays = certificate.notBefore().isBefore(SEVEN_DAY_RULE) ? 10 : 7;
        return seconds <= limitDays * 86_400;
    }
}
