package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_subject_common_name_not_from_san",
        description = "Before BR 1.8.0, the subject commonName of a non-CA certificate had to match (ignoring case) a SAN dNSName, or be the text of a SAN iPAddress.",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE, ineffective = LintDates.BR_1_8_0)
public class SubjectCommonNameNotFromSan extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !TlsCertificateFacts.commonName(certificate).isEmpty() && !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        String commonName = TlsCertificateFacts.commonName(certificate);
        for (String dnsName : certificate.dnsNames()) {
            if (dnsName.equalsIgnoreCase(commonName)) {
                return LintResult.PASS;
            }
        }
        boolean address = TlsCertificateFacts.ipAddressTexts(certificate).contains(commonName);
        if (address) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "commonName '" + commonName + "' is not among the subjectAltName entries");
    }
}
