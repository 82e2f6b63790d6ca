package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ocsp_cert_nocheck_critical",
        description = "A delegated OCSP responder certificate's id-pkix-ocsp-nocheck extension must not be marked critical.",
        citation = "BRs: 7.1.2.8.2, 7.1.2.8.6 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertNocheckCritical extends BrProfileLint {

    public OcspCertNocheckCritical() {
        super(BrProfile.OCSP_RESPONDER);
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.hasExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.extension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck).isCritical(), metadata().severity(),
                "id-pkix-ocsp-nocheck is marked critical");
    }
}
