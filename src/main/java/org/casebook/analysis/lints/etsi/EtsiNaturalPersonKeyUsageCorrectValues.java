package org.casebook.analysis.lints.etsi;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.NaturalPersonKeyUsage;

@LintSpec(code = "e_etsi_natural_person_key_usage_correct_values",
        description = "A qualified certificate issued to a natural person must use one of the key usage combinations EN 319 412-2 table 1 allows (types A to F).",
        citation = "ETSI EN 319 412-2 V2.2.1 (2020-07) / Section 4.3.2", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_2_V2_2_1)
public class EtsiNaturalPersonKeyUsageCorrectValues extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return NaturalPersonKeyUsage.isNaturalPersonCertificate(certificate) && NaturalPersonKeyUsage.hasKeyUsage(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int bits = NaturalPersonKeyUsage.bits(certificate);
        if (NaturalPersonKeyUsage.ALLOWED.contains(bits)) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(),
                "key usage " + NaturalPersonKeyUsage.describe(bits) + " is not one of the settings allowed for natural persons");
    }
}
