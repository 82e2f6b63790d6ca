package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_issuer_field_empty",
        description = "The issuer field must hold a non-empty distinguished name.",
        citation = "RFC 5280: 4.1.2.4", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class IssuerFieldEmpty extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        return LintResult.failIf(Names.isEmpty(raw.issuer), metadata().severity(), "the issuer name is an empty sequence");
    }
}
