package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * The AIA is NOT RECOMMENDED in an OCSP responder certificate (w_ocsp_cert_aia_present); when present, its table
 * lists id-ad-ocsp (as a URI) and "any other value: MUST NOT", so unlike subscriber and CA certificates an OCSP
 * responder may not point to its issuer's certificate (id-ad-caIssuers).
 */
@LintSpec(code = "e_ocsp_cert_aia_access_method_not_permitted",
        description = "An OCSP responder certificate's authority information access, if present, may only hold id-ad-ocsp locations given as URIs.",
        citation = "BRs: 7.1.2.8.3 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertAiaAccessMethodNotPermitted extends BrProfileLint {

    public OcspCertAiaAccessMethodNotPermitted() {
        super(BrProfile.OCSP_RESPONDER);
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.hasExtension(Extension.authorityInfoAccess);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        AuthorityInformationAccess aia;
        try {
            aia = AuthorityInformationAccess.getInstance(certificate.extensionValue(Extension.authorityInfoAccess));
        } catch (RuntimeException malformed) {
            aia = null;
        }
        if (aia == null) {
            return LintResult.error("authorityInformationAccess cannot be read");
        }
        for (AccessDescription description : aia.getAccessDescriptions()) {
            if (!description.getAccessMethod().equals(AccessDescription.id_ad_ocsp)) {
                return LintResult.error("access method " + description.getAccessMethod().getId() + " is not permitted in an OCSP responder certificate");
            }
            if (description.getAccessLocation().getTagNo() != GeneralName.uniformResourceIdentifier) {
                return LintResult.error("an id-ad-ocsp location is not a URI");
            }
        }
        return LintResult.PASS;
    }
}
