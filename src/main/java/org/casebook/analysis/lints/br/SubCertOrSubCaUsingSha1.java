package org.casebook.analysis.lints.br;

import org.casebook.analysis.AlgorithmNames;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_sub_cert_or_sub_ca_using_sha1",
        description = "Subscriber and subordinate CA certificates issued from 2016 on must not be signed with SHA-1.",
        citation = "BRs: 7.1.3", source = LintSource.CABF_BR, effective = LintDates.BR_NO_SHA1)
public class SubCertOrSubCaUsingSha1 extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean sha1 = AlgorithmNames.isSha1Signature(certificate.signatureAlgorithm().getAlgorithm());
        return sha1 ? LintResult.error("signed with " + certificate.signatureAlgorithmName() + " after SHA-1 issuance ended on 2016-01-01")
                : LintResult.PASS;
    }
}
