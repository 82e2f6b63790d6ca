package org.casebook.analysis.lints.ev;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CountryCodes;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

/** The jurisdiction counterpart of {@code e_subject_country_not_iso}, which reads only the subject's countryName. */
@LintSpec(code = "e_ev_jurisdiction_country_not_iso",
        description = "An EV certificate's jurisdictionCountryName must be an ISO 3166-1 alpha-2 country code.",
        citation = "EVGs: 7.1.4.2.4 (9.2.4 before Ballot SC-65)", source = LintSource.CABF_EV)
public class EvJurisdictionCountryNotIso extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate) && TlsCertificateFacts.isSubscriber(certificate)
                && !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.JURISDICTION_COUNTRY).isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String country : TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.JURISDICTION_COUNTRY)) {
            // XX stands for "no country" in a subject's countryName (BR 7.1.4.2); a jurisdiction always has one
            if (country.length() != 2 || "XX".equalsIgnoreCase(country) || !CountryCodes.isKnown(country)) {
                return LintResult.error("jurisdictionCountryName '" + country + "' is not an ISO 3166-1 alpha-2 code");
            }
        }
        return LintResult.PASS;
    }
}
