package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "w_ext_crl_distribution_marked_critical",
        description = "The CRL distribution points extension should be non-critical.",
        citation = "RFC 5280: 4.2.1.13", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtCrlDistributionMarkedCritical extends ExtensionCriticalityLint {

    public ExtCrlDistributionMarkedCritical() {
        super(Extension.cRLDistributionPoints, "CRL distribution points", false);
    }
}
