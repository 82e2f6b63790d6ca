package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CountryCodes;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_subject_country_not_iso",
        description = "Every subject countryName must be a two-letter ISO 3166-1 code (or XX).",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class SubjectCountryNotIso extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String country : TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.COUNTRY)) {
            if (!CountryCodes.isKnown(country)) {
                return LintResult.error("countryName '" + country + "' is not an ISO 3166-1 code");
            }
        }
        return LintResult.PASS;
    }
}
