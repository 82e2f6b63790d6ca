package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_ext_policy_constraints_empty",
        description = "A policy constraints extension must contain requireExplicitPolicy, inhibitPolicyMapping or both.",
        citation = "RFC 5280: 4.2.1.11", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtPolicyConstraintsEmpty extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.policyConstraints);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.policyConstraints);
        if (value == null) {
            return LintResult.NOT_APPLICABLE;
        }
        return LintResult.failIf(value.content().length == 0, metadata().severity(), "policy constraints is an empty sequence");
    }
}
