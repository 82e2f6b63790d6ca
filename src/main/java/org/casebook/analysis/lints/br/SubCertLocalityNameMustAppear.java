package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_cert_locality_name_must_appear",
        description = "A subscriber certificate naming an organization or a person without a stateOrProvinceName must give a localityName.",
        citation = "BRs: 7.1.4.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_GIVEN_NAME)
public class SubCertLocalityNameMustAppear extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean identified = !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.ORGANIZATION).isEmpty() || !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.GIVEN_NAME).isEmpty()
                || !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.SURNAME).isEmpty();
        boolean placed = !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.PROVINCE).isEmpty() || !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.LOCALITY).isEmpty();
        return LintResult.failIf(identified && !placed, metadata().severity(),
                "subject names an organization or person but has neither localityName nor stateOrProvinceName");
    }
}
