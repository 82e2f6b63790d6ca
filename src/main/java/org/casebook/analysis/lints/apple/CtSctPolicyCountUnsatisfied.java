package org.casebook.analysis.lints.apple;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.SignedCertificateTimestamp;
import org.casebook.analysis.Validity;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

/**
 * Only SCTs embedded in the certificate are counted: SCTs delivered over TLS or stapled OCSP cannot be
 * seen here, which is why a shortfall is only a notice. Log identities are not checked against
 * Apple's list of trusted logs.
 */
@LintSpec(code = "w_ct_sct_policy_count_unsatisfied",
        description = "Apple's CT policy asks for embedded SCTs from 2, 3, 4 or 5 distinct logs depending on the certificate's lifetime (under 15, 27, 39 months, or longer); fewer embedded SCTs are noted.",
        citation = "https://support.apple.com/en-us/HT205280", source = LintSource.APPLE, effective = LintDates.APPLE_CT_POLICY)
public class CtSctPolicyCountUnsatisfied extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.isPrecertificate() && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        int required = requiredLogs(certificate.notBefore(), certificate.notAfter());
        Set<ByteBuffer> logs = new HashSet<>();
        for (SignedCertificateTimestamp sct : certificate.embeddedScts()) {
            logs.add(ByteBuffer.wrap(sct.logId()));
        }
        if (logs.size() >= required) {
            return LintResult.PASS;
        }
        return LintResult.notice("embedded SCTs from " + logs.size() + " distinct log(s); Apple's policy may require "
                + required + " for this lifetime unless more are delivered another way");
    }

    static int requiredLogs(Instant notBefore, Instant notAfter) {
        int[] months = {15, 27, 39};
        for (int i = 0; i < months.length; i++) {
            if (notAfter.isBefore(Validity.addDate(notBefore, months[i], 0))) {
                return 2 + i;
            }
        }
        return 5;
    }
}
