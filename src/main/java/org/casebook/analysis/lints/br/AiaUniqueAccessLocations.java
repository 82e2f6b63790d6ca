package org.casebook.analysis.lints.br;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.AccessLocations;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "e_aia_unique_access_locations",
        description = "In a subscriber certificate's AIA, the same URL must not be listed twice for the same access method.",
        citation = "BRs: 7.1.2.7.7", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class AiaUniqueAccessLocations extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return (!AccessLocations.ocspUrls(certificate).isEmpty() || !AccessLocations.caIssuersUrls(certificate).isEmpty())
                && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        String repeated = firstRepeat(AccessLocations.ocspUrls(certificate));
        if (repeated != null) {
            return LintResult.error("OCSP location '" + repeated + "' is listed more than once");
        }
        repeated = firstRepeat(AccessLocations.caIssuersUrls(certificate));
        if (repeated != null) {
            return LintResult.error("caIssuers location '" + repeated + "' is listed more than once");
        }
        return LintResult.PASS;
    }

    /** URLs compare without regard to case here, as zlint compares them. */
    private static String firstRepeat(List<String> urls) {
        Set<String> seen = new HashSet<>();
        for (String url : urls) {
            if (!seen.add(url.toLowerCase(Locale.ROOT))) {
                return url;
            }
        }
        return null;
    }
}
