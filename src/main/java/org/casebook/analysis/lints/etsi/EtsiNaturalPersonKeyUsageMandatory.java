package org.casebook.analysis.lints.etsi;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.NaturalPersonKeyUsage;

@LintSpec(code = "e_etsi_natural_person_key_usage_mandatory",
        description = "A qualified certificate issued to a natural person (an EN 319 411-2 natural-person policy such as QCP-n) must have a key usage extension.",
        citation = "ETSI EN 319 412-2 V2.2.1 (2020-07) / Section 4.3.2", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_2_V2_2_1)
public class EtsiNaturalPersonKeyUsageMandatory extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return NaturalPersonKeyUsage.isNaturalPersonCertificate(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!NaturalPersonKeyUsage.hasKeyUsage(certificate), metadata().severity(),
                "natural person certificate without a key usage extension");
    }
}
