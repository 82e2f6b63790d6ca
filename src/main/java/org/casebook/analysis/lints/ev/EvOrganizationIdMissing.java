package org.casebook.analysis.lints.ev;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CabfOrganizationIdentifier;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_organization_id_missing",
        description = "From 2020-01-31, an EV certificate whose subject has an organizationIdentifier must also carry the CA/Browser Forum organization identifier extension.",
        citation = "CA/Browser Forum EV Guidelines v1.7.0, Sec. 9.8.2", source = LintSource.CABF_EV, effective = LintDates.EV_1_7_2)
public class EvOrganizationIdMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate) && !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.ORGANIZATION_IDENTIFIER).isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!CabfOrganizationIdentifier.present(certificate), metadata().severity(),
                "subject has an organizationIdentifier but the cabfOrganizationIdentifier extension is missing");
    }
}
