package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_cert_sig_alg_not_match_tbs_sig_alg",
        description = "The signatureAlgorithm outside the signed part must be identical to the signature field inside it.",
        citation = "RFC 5280: 4.1.1.2", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class CertSigAlgNotMatchTbsSigAlg extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        boolean same = raw.signatureAlgorithm.sameEncoding(raw.tbsSignature);
        return LintResult.failIf(!same, metadata().severity(), "the outer signatureAlgorithm differs from the TBSCertificate signature field");
    }
}
