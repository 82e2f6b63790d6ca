package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.PolicyQualifiers;
import org.casebook.analysis.lints.support.UriSyntax;

@LintSpec(code = "e_invalid_cps_uri",
        description = "A CPS pointer in certificatePolicies must be an http or https URL.",
        citation = "BRs: 7.1.2.3, 7.1.2.7.9, 7.1.2.10.5", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class InvalidCpsUri extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.certificatePolicies);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String uri : PolicyQualifiers.cpsUris(certificate)) {
            String scheme = UriSyntax.scheme(uri);
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                return LintResult.error("CPS URI '" + uri + "' is not an http or https URL");
            }
        }
        return LintResult.PASS;
    }
}
