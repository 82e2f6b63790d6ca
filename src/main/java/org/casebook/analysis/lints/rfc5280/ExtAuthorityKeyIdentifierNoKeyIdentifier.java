package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_ext_authority_key_identifier_no_key_identifier",
        description = "Except in a self-signed certificate, the authority key identifier must be present and include its keyIdentifier field.",
        citation = "RFC 5280: 4.2.1.1", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtAuthorityKeyIdentifierNoKeyIdentifier extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean failed = certificate.authorityKeyIdentifier() == null && !Names.isSelfSigned(certificate);
        return LintResult.failIf(failed, metadata().severity(), "no keyIdentifier in the authority key identifier");
    }
}
