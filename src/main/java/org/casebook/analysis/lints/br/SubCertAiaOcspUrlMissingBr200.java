package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.AccessDescription;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

/**
 * The "OCSP URL required" rule did not end with BR 2.0.0: SC-62's subscriber AIA table (7.1.2.7.7 in BR 2.0.0) still
 * said id-ad-ocsp MUST, until SC-63 (BR 2.0.1, 2024-03-15) made it MAY. zlint's e_sub_cert_aia_does_not_contain_ocsp_url
 * ends at 2023-09-15 (its BR 1.x citation); this lint covers the six months between, so that together they follow
 * the BRs without changing zlint's row.
 */
@LintSpec(code = "e_sub_cert_aia_ocsp_url_missing_br_2_0_0",
        description = "A subscriber certificate issued under BR 2.0.0 (from 2023-09-15 until SC-63 took effect on 2024-03-15) had to give the issuing CA's OCSP responder as an http:// URL in its authority information access.",
        citation = "BRs 2.0.0: 7.1.2.7.7 (Ballot SC-62); made optional by Ballot SC-63 (BRs 2.0.1)", source = LintSource.CABF_BR,
        effective = LintDates.BR_2_0_0, ineffective = LintDates.BR_2_0_1)
public class SubCertAiaOcspUrlMissingBr200 extends BrProfileLint {

    public SubCertAiaOcspUrlMissingBr200() {
        super(BrProfile.SUBSCRIBER);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!TlsCertificateFacts.anyStartsWith(TlsCertificateFacts.ocspUrls(certificate), "http://"),
                metadata().severity(), "no http:// " + AccessDescription.id_ad_ocsp.getId() + " (OCSP) location in authorityInformationAccess");
    }
}
