package org.casebook.analysis.lints.microsoft;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

/**
 * For any issuing CA under a Microsoft root, TLS or not (the BRs ask TLS subordinate CAs for a CRL distribution point
 * outright). End-entity certificates "may contain" either; the requirement no longer says which they must carry.
 */
@LintSpec(code = "e_microsoft_sub_ca_revocation_information_missing",
        description = "An issuing CA certificate must point to revocation information: a CRL distribution point, an OCSP responder in its authority information access, or both.",
        citation = "Microsoft Trusted Root Program Requirements, 3.1.10", source = LintSource.MICROSOFT, effective = LintDates.MICROSOFT_TRP_1_0)
public class MicrosoftSubCaRevocationInformationMissing extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isSubCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean none = TlsCertificateFacts.crlUrls(certificate).isEmpty() && TlsCertificateFacts.ocspUrls(certificate).isEmpty();
        return LintResult.failIf(none, metadata().severity(), "neither a CRL distribution point nor an OCSP URL");
    }
}
