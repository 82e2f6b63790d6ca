package org.casebook.analysis.lints.community;

import java.util.regex.Pattern;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_subj_country_not_uppercase",
        description = "A subject countryName must be written in capital letters A to Z.",
        citation = "ISO 3166-2:2020(E) section 5.1", source = LintSource.COMMUNITY)
public class SubjCountryNotUppercase extends CertificateLint {

    private static final Pattern UPPERCASE = Pattern.compile("[A-Z]+");

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String country : TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.COUNTRY)) {
            if (!UPPERCASE.matcher(country).matches()) {
                return LintResult.error("countryName '" + country + "' is not in capital letters");
            }
        }
        return LintResult.PASS;
    }
}
