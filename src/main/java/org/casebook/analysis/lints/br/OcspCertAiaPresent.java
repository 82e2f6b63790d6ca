package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_ocsp_cert_aia_present",
        description = "A delegated OCSP responder certificate should not carry an authority information access extension.",
        citation = "BRs: 7.1.2.8.2 (NOT RECOMMENDED), 7.1.2.8.3 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertAiaPresent extends BrProfileLint {

    public OcspCertAiaPresent() {
        super(BrProfile.OCSP_RESPONDER);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.hasExtension(Extension.authorityInfoAccess), metadata().severity(),
                "an OCSP responder certificate carries authority information access");
    }
}
