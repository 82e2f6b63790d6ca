package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_extra_subject_common_names",
        description = "A subscriber certificate's subject should hold at most one commonName.",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class ExtraSubjectCommonNames extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int count = TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.COMMON_NAME).size();
        if (count <= 1) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "subject has " + count + " commonNames");
    }
}
