package org.casebook.analysis.lints.br;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;

@LintSpec(code = "e_ca_country_name_missing",
        description = "A CA certificate's subject must carry a countryName.",
        citation = "BRs: 7.1.2.10.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class CaCountryNameMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> countries = SubjectFields.of(certificate).values(SubjectFields.COUNTRY);
        return countries.isEmpty() || countries.get(0).isEmpty()
                ? LintResult.error("the CA subject has no countryName") : LintResult.PASS;
    }
}
