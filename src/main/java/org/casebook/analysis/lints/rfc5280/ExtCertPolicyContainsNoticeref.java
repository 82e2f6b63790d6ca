package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificatePolicies;

@LintSpec(code = "w_ext_cert_policy_contains_noticeref",
        description = "Certificates should not use the noticeRef option of a user notice.",
        citation = "RFC 5280: 4.2.1.4", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtCertPolicyContainsNoticeref extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.certificatePolicies);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean present = CertificatePolicies.userNotices(certificate).stream().anyMatch(n -> n.noticeRef() != null);
        return LintResult.failIf(present, metadata().severity(), "a user notice uses noticeRef");
    }
}
