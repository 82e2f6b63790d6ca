package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ocsp_id_pkix_ocsp_nocheck_ext_not_included_server_auth",
        description = "A delegated OCSP responder certificate must carry the id-pkix-ocsp-nocheck extension (RFC 6960).",
        citation = "BRs: 4.9.9", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class OcspIdPkixOcspNocheckExtNotIncludedServerAuth extends OcspResponderLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return certificate.hasExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck) ? LintResult.PASS
                : LintResult.error("the OCSP responder certificate lacks id-pkix-ocsp-nocheck");
    }
}
