package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_precert_with_sct_list",
        description = "A precertificate (one with the CT poison extension) must not carry an embedded SCT list: SCTs belong in the final certificate.",
        citation = "RFC 6962: 3.3", source = LintSource.RFC6962, effective = LintDates.RFC_6962_PUBLISHED)
public class PrecertWithSctList extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isPrecertificate();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(certificate.hasExtension(CertificateView.CT_SCT_LIST), metadata().severity(),
                "precertificate with an embedded SCT list");
    }
}
