package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_freshest_crl_marked_critical",
        description = "The freshest CRL (delta CRL distribution point) extension must be non-critical.",
        citation = "RFC 5280: 4.2.1.15", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class ExtFreshestCrlMarkedCritical extends ExtensionCriticalityLint {

    public ExtFreshestCrlMarkedCritical() {
        super(Extension.freshestCRL, "freshest CRL", false);
    }
}
