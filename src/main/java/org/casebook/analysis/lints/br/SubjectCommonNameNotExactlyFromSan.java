package org.casebook.analysis.lints.br;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_subject_common_name_not_exactly_from_san",
        description = "From BR 1.8.0, every subject commonName of a non-CA certificate must be a character-for-character copy of a SAN dNSName or the text of a SAN iPAddress.",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_8_0)
public class SubjectCommonNameNotExactlyFromSan extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.COMMON_NAME).isEmpty() && !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> dnsNames = certificate.dnsNames();
        List<String> addresses = TlsCertificateFacts.ipAddressTexts(certificate);
        for (String commonName : TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.COMMON_NAME)) {
            if (!dnsNames.contains(commonName) && !addresses.contains(commonName)) {
                return LintResult.error("commonName '" + commonName + "' is not copied from the subjectAltName");
            }
        }
        return LintResult.PASS;
    }
}
