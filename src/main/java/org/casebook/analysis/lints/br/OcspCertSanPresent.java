package org.casebook.analysis.lints.br;

import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
@LintSpec(code = "e_ocsp_cert_san_present",
        description = "An OCSP responder certificate must not carry a subject alternative name extension.",
        citation = "BRs: 7.1.2.8.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertSanPresent extends BrProfileLint {

    public OcspCertSanPresent() {
        super(BrProfile.OCSP_RESPONDER);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.hasExtension(org.bouncycastle.asn1.x509.Extension.subjectAlternativeName), metadata().severity(),
                "subjectAltName present");
    }
}
