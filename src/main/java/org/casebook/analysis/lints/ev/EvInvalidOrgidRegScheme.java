package org.casebook.analysis.lints.ev;

import java.util.Set;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_invalid_orgid_reg_scheme",
        description = "The registration scheme that opens an EV certificate's organizationIdentifier must be NTR, VAT or PSD.",
        citation = "CABF EV Guidelines §9.2.8", source = LintSource.CABF_EV, effective = LintDates.BR_1_7_0)
public class EvInvalidOrgidRegScheme extends CertificateLint {

    private static final Set<String> SCHEMES = Set.of("NTR", "VAT", "PSD");

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEvSubscriberWithOrganizationIdentifier(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        String identifier = TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.ORGANIZATION_IDENTIFIER).get(0);
        if (identifier.codePointCount(0, identifier.length()) < 3) {
            return LintResult.error("organizationIdentifier '" + identifier + "' is too short to hold a registration scheme");
        }
        String scheme = identifier.substring(0, identifier.offsetByCodePoints(0, 3));
        return LintResult.failIf(!SCHEMES.contains(scheme), metadata().severity(), "registration scheme '" + scheme + "' is not allowed in EV certificates");
    }
}
