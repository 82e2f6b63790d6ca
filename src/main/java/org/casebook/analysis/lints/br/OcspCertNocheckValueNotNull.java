package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1Null;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ocsp_cert_nocheck_value_not_null",
        description = "A delegated OCSP responder certificate's id-pkix-ocsp-nocheck extension value must be an ASN.1 NULL.",
        citation = "BRs: 7.1.2.8.6 (Ballot SC-62); RFC 6960 4.2.2.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class OcspCertNocheckValueNotNull extends OcspNocheckLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!(certificate.extensionValue(nocheck(certificate).getExtnId()) instanceof ASN1Null), metadata().severity(),
                "id-pkix-ocsp-nocheck holds something other than NULL");
    }
}
