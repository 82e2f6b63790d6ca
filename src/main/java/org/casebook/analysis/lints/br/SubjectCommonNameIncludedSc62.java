package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_subject_common_name_included",
        description = "From BR 2.0.0, a subscriber certificate should not have a subject commonName.",
        citation = "BRs: 7.1.2.7.1", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubjectCommonNameIncludedSc62 extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.commonName(certificate).isEmpty(), metadata().severity(), "subject has a commonName");
    }
}
