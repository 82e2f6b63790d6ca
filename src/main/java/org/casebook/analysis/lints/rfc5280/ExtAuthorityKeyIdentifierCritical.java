package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_authority_key_identifier_critical",
        description = "The authority key identifier extension must be non-critical.",
        citation = "RFC 5280: 4.2.1.1", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtAuthorityKeyIdentifierCritical extends ExtensionCriticalityLint {

    public ExtAuthorityKeyIdentifierCritical() {
        super(Extension.authorityKeyIdentifier, "authority key identifier", false);
    }
}
