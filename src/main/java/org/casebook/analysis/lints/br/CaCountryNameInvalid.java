package org.casebook.analysis.lints.br;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CountryCodes;
import org.casebook.analysis.lints.support.SubjectFields;

@LintSpec(code = "e_ca_country_name_invalid",
        description = "A CA certificate's countryName must be a two-letter ISO 3166-1 code.",
        citation = "BRs: 7.1.2.10.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class CaCountryNameInvalid extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> countries = SubjectFields.of(certificate).values(SubjectFields.COUNTRY);
        if (countries.isEmpty()) {
            return LintResult.NOT_APPLICABLE;
        }
        for (String country : countries) {
            if (!CountryCodes.isKnown(country)) {
                return LintResult.error("countryName '" + country + "' is not an ISO 3166-1 alpha-2 code");
            }
        }
        return LintResult.PASS;
    }
}
