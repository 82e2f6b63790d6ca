package org.casebook.analysis.lints.br;

import java.time.Instant;
import org.casebook.analysis.AlgorithmNames;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_sub_cert_sha1_expiration_too_long",
        description = "A SHA-1 subscriber certificate issued from 16 January 2015 on should expire no later than 1 January 2017, "
                + "when browsers were to stop trusting SHA-1.",
        citation = "BRs: 7.1.3", source = LintSource.CABF_BR, effective = LintDates.BR_1_2_1)
public class SubCertSha1ExpirationTooLong extends CertificateLint {

    private static final Instant SHA1_SUNSET = Instant.parse("2017-01-01T00:00:00Z");

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.isCa() && AlgorithmNames.isSha1Signature(certificate.signatureAlgorithm().getAlgorithm());
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (certificate.notAfter().isAfter(SHA1_SUNSET)) {
            return LintResult.warn("SHA-1 signed and valid until " + certificate.notAfter() + ", past 2017-01-01");
        }
        return LintResult.PASS;
    }
}
